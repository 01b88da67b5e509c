package org.triptych.testing;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Word source as a client sends one, built with POI: a title and headings in their styles, a paragraph with
 * bold, italic and a link, a bulleted list, a table, a header, a footer with the page number and a picture.
 * Test code only.
 */
public final class SourceDocx {

    /** The English paragraphs the import reads from {@link #write}, in order, with their inline tags. */
    public static final String[] PARAGRAPHS = {
            "Delivery report",
            "The talks in Kyiv",
            "Officials met for <b1>three hours</b1> on Monday, <i2>without</i2> a deal; see <a3>the statement</a3>.",
            "Grain exports resume next week.",
            "Prisoners are exchanged first.",
            "City", "Population", "Kyiv", "2.9 million",
            "The next round is planned for May.",
            "Internal draft",
            "Page <x1/>",
    };

    private SourceDocx() {
    }

    /** Writes the source to {@code file}. */
    public static void write(Path file) throws Exception {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = docx.createStyles();
            style(styles, "Title", "Title", 56);
            style(styles, "Heading1", "heading 1", 32);
            BigInteger bullets = bullets(docx.createNumbering());

            paragraph(docx, "Title", "Delivery report");
            paragraph(docx, "Heading1", "The talks in Kyiv");
            XWPFParagraph mixed = docx.createParagraph();
            mixed.createRun().setText("Officials met for ");
            XWPFRun bold = mixed.createRun();
            bold.setBold(true);
            bold.setText("three hours");
            mixed.createRun().setText(" on Monday, ");
            XWPFRun italic = mixed.createRun();
            italic.setItalic(true);
            italic.setText("without");
            mixed.createRun().setText(" a deal; see ");
            XWPFHyperlinkRun link = mixed.createHyperlinkRun("https://example.org/statement");
            link.setText("the statement");
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            mixed.createRun().setText(".");
            for (String item : new String[] {"Grain exports resume next week.", "Prisoners are exchanged first."}) {
                XWPFParagraph listItem = docx.createParagraph();
                listItem.setNumID(bullets);
                listItem.createRun().setText(item);
            }
            XWPFTable table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("City");
            table.getRow(0).getCell(1).setText("Population");
            table.getRow(1).getCell(0).setText("Kyiv");
            table.getRow(1).getCell(1).setText("2.9 million");
            XWPFParagraph picture = docx.createParagraph();
            picture.createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "map.png",
                    Units.toEMU(120), Units.toEMU(60));
            docx.createParagraph().createRun().setText("The next round is planned for May.");
            XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Internal draft");
            XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("Page ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            docx.write(out);
        }
    }

    private static void paragraph(XWPFDocument docx, String style, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void style(XWPFStyles styles, String id, String name, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        var rPr = style.addNewRPr();
        rPr.addNewB();
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static BigInteger bullets(XWPFNumbering numbering) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(id);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E6DB4));
        g.fillRect(0, 0, 120, 60);
        g.setColor(Color.WHITE);
        g.fillOval(40, 10, 40, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
