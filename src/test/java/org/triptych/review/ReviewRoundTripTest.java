package org.triptych.review;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.triptych.check.Terminology;
import org.triptych.text.OpeningQuotes;
import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.export.ReviewDocxExporter;
import org.triptych.importer.ReviewImport;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.session.PendingReview;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import static org.triptych.testing.ReviewerEdits.edit;
import static org.triptych.testing.ReviewerEdits.open;
import static org.triptych.testing.ReviewerEdits.setText;
import static org.triptych.testing.ReviewerEdits.wordComment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A review file goes out and comes back: exported as a protected review DOCX, edited with POI as a reviewer edits
 * it in Word (a cell's text changed, a comment typed into the comment column, a Word comment on a row), read
 * back as pending changes that leave the document alone, then accepted or rejected one by one and saved.
 */
class ReviewRoundTripTest {

    private static final String REVIEWED_KO = "회담은 “두 시간” 동안 이어졌다.";

    @TempDir
    Path dir;

    private Path article;
    private Path review;

    @BeforeEach
    void workspace() throws Exception {
        Files.createDirectories(dir.resolve("translations"));
        Files.createDirectories(dir.resolve("glossaries"));
        article = dir.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(article));
        review = dir.resolve("article.review.docx");
        Exports.export(ExportFormat.REVIEW_DOCX, DocumentCodec.read(article), List.of(), ExportOptions.DEFAULT, review, Progress.NONE);
    }

    @Test
    void theReviewFileIsProtectedExceptTheTargetAndCommentCells() throws Exception {
        try (XWPFDocument docx = open(review)) {
            assertThat(docx.isEnforcedReadonlyProtection()).isTrue();
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("#", "English", "Korean", "Ukrainian", "Status", "Comment");
            assertThat(table.getRows()).hasSize(5);
            for (int r = 1; r < 5; r++) {
                List<XWPFTableCell> cells = table.getRow(r).getTableCells();
                for (int c = 0; c < cells.size(); c++) {
                    boolean editable = c == 2 || c == 3 || c == 5;
                    CTP p = cells.get(c).getParagraphs().get(0).getCTP();
                    assertThat(p.sizeOfPermStartArray()).as("row %d cell %d", r, c).isEqualTo(editable ? 1 : 0);
                    assertThat(p.sizeOfPermEndArray()).as("row %d cell %d", r, c).isEqualTo(editable ? 1 : 0);
                    if (editable) {
                        assertThat(p.getPermStartArray(0).getEdGrp().toString()).isEqualTo("everyone");
                        assertThat(p.getPermEndArray(0).getId()).isEqualTo(p.getPermStartArray(0).getId());
                    }
                }
            }
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("p1");
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("Korean: reviewed\nUkrainian: translated");
            assertThat(docx.getProperties().getCustomProperties().getProperty(ReviewDocxExporter.COLUMNS_PROPERTY).getLpwstr())
                    .isEqualTo("id,en,ko,uk,status,comment");
        }
    }

    @Test
    void koreanParagraphsHaveNoAutomaticAsianSpacingAndOpeningQuotesHoldToTheirWord() throws Exception {
        Document document = DocumentCodec.read(article);
        Paragraph p1 = document.paragraph("p1").orElseThrow();
        DocumentCodec.save(document.withParagraph(p1.withSource("He said “no” in London.") // p1 has a note too
                .withTarget("ko", new Translation("200명가량이 “강 근처”에 모였다.", Status.DRAFT))));
        Path out = dir.resolve("quotes.docx");
        Exports.export(ExportFormat.REVIEW_DOCX, DocumentCodec.read(article), List.of(), ExportOptions.DEFAULT, out, Progress.NONE);
        try (XWPFDocument docx = open(out)) {
            XWPFParagraph korean = docx.getTables().get(0).getRow(1).getCell(2).getParagraphs().get(0);
            assertThat(korean.getCTP().getPPr().getAutoSpaceDE().xmlText()).contains("val=\"0\"");
            assertThat(korean.getCTP().getPPr().getAutoSpaceDN().xmlText()).contains("val=\"0\"");
            assertThat(korean.getText()).isEqualTo("200명가량이 “" + OpeningQuotes.WORD_JOINER + "강 근처”에 모였다.");
            XWPFParagraph ukrainian = docx.getTables().get(0).getRow(1).getCell(3).getParagraphs().get(0);
            assertThat(ukrainian.getCTP().getPPr() == null || !ukrainian.getCTP().getPPr().isSetAutoSpaceDE()).isTrue();
        }
        assertThat(ReviewImport.read(out, DocumentCodec.read(article)).changes())
                .as("the word joiners do not come back as a change").isEmpty();
    }

    @Test
    void aReviewersEditsComeBackPendingAndOnlyTheAcceptedOnesAreSaved() throws Exception {
        edit(review, docx -> {
            XWPFTable table = docx.getTables().get(0);
            setText(table.getRow(2).getCell(2), REVIEWED_KO);                   // p2, Korean
            setText(table.getRow(1).getCell(5), "Check the minister's title."); // p1, comment column
            wordComment(docx, table.getRow(3).getCell(3), "Editor", "Too literal?"); // p3, a Word comment
        });
        byte[] before = Files.readAllBytes(article);

        ReviewImport.Review read = ReviewImport.read(review, DocumentCodec.read(article));
        assertThat(read.changes()).extracting(ReviewImport.Change::id, ReviewImport.Change::kind, ReviewImport.Change::lang)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", ReviewImport.Kind.NOTE, ""),
                        org.assertj.core.groups.Tuple.tuple("p2", ReviewImport.Kind.TARGET, "ko"),
                        org.assertj.core.groups.Tuple.tuple("p3", ReviewImport.Kind.NOTE, ""));
        ReviewImport.Change ko = read.changes().get(1);
        assertThat(ko.before()).isEqualTo("회담은 두 시간 동안 진행됐다.");
        assertThat(ko.after()).isEqualTo(REVIEWED_KO);
        assertThat(read.changes().get(0).after()).isEqualTo("names checked\n— article.review.docx: Check the minister's title.");
        assertThat(read.changes().get(2).comment()).isEqualTo("Editor: Too literal?");

        try (WorkspaceSession session = WorkspaceSession.open(dir, Terminology::of, Runnable::run, WorkspaceSession.Listeners.none())) {
            PendingReview pending = session.review();
            pending.offer(read);
            assertThat(pending.pending()).isEqualTo(3);
            assertThat(session.editor().snapshot().paragraph("p2").orElseThrow().target("ko").text())
                    .as("nothing changes before a decision").isEqualTo("회담은 두 시간 동안 진행됐다.");
            assertThat(session.unsaved()).isFalse();

            assertThat(pending.accept(1)).isTrue();
            pending.reject(0);
            assertThat(pending.accept(2)).isTrue();
            assertThat(pending.pending()).isZero();
            assertThat(pending.accepted()).isEqualTo(2);
            assertThat(pending.rejected()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(article)).isNotEqualTo(before);
        Document saved = DocumentCodec.read(article);
        assertThat(saved.paragraph("p2").orElseThrow().target("ko")).isEqualTo(new Translation(REVIEWED_KO, Status.DRAFT));
        assertThat(saved.paragraph("p1").orElseThrow().note()).as("rejected").isEqualTo("names checked");
        assertThat(saved.paragraph("p3").orElseThrow().note()).isEqualTo("— article.review.docx: Editor: Too literal?");
        assertThat(saved.paragraph("p1").orElseThrow().target("ko").status()).isEqualTo(Status.REVIEWED);
    }

    @Test
    void anAcceptedChangeIsOneUndoStep() throws Exception {
        edit(review, docx -> setText(docx.getTables().get(0).getRow(2).getCell(2), REVIEWED_KO));
        try (WorkspaceSession session = WorkspaceSession.open(dir, Terminology::of, Runnable::run, WorkspaceSession.Listeners.none())) {
            session.review().offer(ReviewImport.read(review, session.editor().snapshot()));
            session.review().acceptAll();
            assertThat(session.editor().paragraph(1).target("ko").text()).isEqualTo(REVIEWED_KO);
            session.editor().undo();
            assertThat(session.editor().paragraph(1).target("ko").text()).isEqualTo("회담은 두 시간 동안 진행됐다.");
        }
    }

    @Test
    void aReviewOfAnotherDocumentIsRefused() throws Exception {
        Document fixture = ExchangeFixtures.document(dir.resolve("translations/other.csv"));
        Document other = fixture.withParagraphs(fixture.paragraphs().stream()
                .map(p -> new Paragraph("x-" + p.id(), p.source(), p.targets(), p.note(), p.extra(), 0)).toList());
        assertThatThrownBy(() -> ReviewImport.read(review, other)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("article.review.docx").hasMessageContaining("another document")
                .hasMessageContaining("p1, p2, p3, …");
    }

    @Test
    void aRowAddedToTheReviewFileIsRefusedAndNothingChanges() throws Exception {
        edit(review, docx -> {
            XWPFTable table = docx.getTables().get(0);
            var row = table.createRow();
            setText(row.getCell(0), "p9");
            setText(row.getCell(1), "An extra paragraph.");
        });
        byte[] before = Files.readAllBytes(article);
        assertThatThrownBy(() -> ReviewImport.read(review, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("row 6").hasMessageContaining("\"p9\" is not in article.csv");
        assertThat(Files.readAllBytes(article)).isEqualTo(before);
    }

    @Test
    void aChangedEnglishIsRefused() throws Exception {
        edit(review, docx -> setText(docx.getTables().get(0).getRow(3).getCell(1), "Something else."));
        assertThatThrownBy(() -> ReviewImport.read(review, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("row 4 (p3): the English is not the English of article.csv");
    }

    @Test
    void aDamagedOrForeignDocxIsRefusedWithItsName() throws Exception {
        byte[] whole = Files.readAllBytes(review);
        Path cut = dir.resolve("cut.docx");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> ReviewImport.read(cut, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageStartingWith(cut.toString()).hasMessageContaining("docx");

        Path plain = dir.resolve("plain.docx");
        Exports.export(ExportFormat.DOCX, DocumentCodec.read(article), List.of(), ExportOptions.DEFAULT, plain, Progress.NONE);
        assertThatThrownBy(() -> ReviewImport.read(plain, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("not a Triptych review file");
    }
}
