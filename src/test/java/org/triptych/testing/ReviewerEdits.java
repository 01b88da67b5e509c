package org.triptych.testing;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/** A reviewer working on a review DOCX in Word, played with POI: typing over a cell, a comment. */
public final class ReviewerEdits {

    private ReviewerEdits() {
    }

    public interface Edit {
        void on(XWPFDocument docx) throws Exception;
    }

    public static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    public static void edit(Path file, Edit edit) throws Exception {
        try (XWPFDocument docx = open(file)) {
            edit.on(docx);
            try (OutputStream out = Files.newOutputStream(file)) {
                docx.write(out);
            }
        }
    }

    /** Replaces a cell's text as typing over it in Word does: the first run keeps its formatting, the others go. */
    public static void setText(XWPFTableCell cell, String text) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        while (paragraph.getRuns().size() > 1) {
            paragraph.removeRun(1);
        }
        if (paragraph.getRuns().isEmpty()) {
            paragraph.createRun();
        }
        paragraph.getRuns().get(0).setText(text, 0);
        for (int i = paragraph.getRuns().get(0).getCTR().sizeOfBrArray() - 1; i >= 0; i--) {
            paragraph.getRuns().get(0).getCTR().removeBr(i);
        }
        while (paragraph.getRuns().get(0).getCTR().sizeOfTArray() > 1) {
            paragraph.getRuns().get(0).getCTR().removeT(1);
        }
    }

    /** Review > New Comment on a cell's text. */
    public static void wordComment(XWPFDocument docx, XWPFTableCell cell, String author, String text) {
        XWPFComments comments = docx.getDocComments() != null ? docx.getDocComments() : docx.createComments();
        BigInteger id = BigInteger.valueOf(7);
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(author);
        comment.createParagraph().createRun().setText(text);
        CTP p = cell.getParagraphs().get(0).getCTP();
        p.addNewCommentRangeStart().setId(id);
        p.addNewCommentRangeEnd().setId(id);
        p.addNewR().addNewCommentReference().setId(id);
    }
}
