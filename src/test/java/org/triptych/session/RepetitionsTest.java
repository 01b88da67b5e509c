package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RepetitionsTest {

    private static Paragraph paragraph(String id, String english) {
        return new Paragraph(id, english, Map.of(), "", Map.of(), 0);
    }

    private static DocumentEditor editorOf(Paragraph... paragraphs) {
        return new DocumentEditor(new Document(Path.of("doc.csv"), List.of("id", "en", "ko", "ko_status", "uk", "uk_status"),
                List.of("ko", "uk"), List.of(paragraphs)));
    }

    private final List<Repetitions.Difference> differences = new ArrayList<>();

    private Repetitions repetitionsOf(DocumentEditor editor) {
        Repetitions repetitions = new Repetitions(editor, Runnable::run);
        repetitions.addListener(differences::add);
        repetitions.setEnabled(true);
        return repetitions;
    }

    @Test
    void confirmingATranslationFillsTheEmptyRepeatsAsDraftsMarkedWithTheirOrigin() {
        DocumentEditor editor = editorOf(paragraph("p1", "Thank you."), paragraph("p2", "Other text."),
                paragraph("p3", "  Thank   you. "));
        repetitionsOf(editor);

        editor.setText(0, "ko", "감사합니다.");
        assertThat(editor.paragraph(2).target("ko")).isEqualTo(Translation.EMPTY); // a draft is not yet a translation
        editor.setStatus(0, "ko", Status.TRANSLATED);

        assertThat(editor.paragraph(2).target("ko")).isEqualTo(new Translation("감사합니다.", Status.DRAFT));
        assertThat(Repetitions.repeatedFrom(editor.paragraph(2), "ko")).contains("p1");
        assertThat(editor.paragraph(2).target("uk")).isEqualTo(Translation.EMPTY);
        assertThat(editor.paragraph(1).target("ko")).isEqualTo(Translation.EMPTY);
        assertThat(differences).isEmpty();
    }

    @Test
    void englishIsComparedWithRunsOfWhiteSpaceAsOneSpaceAndNoneAtTheEnds() {
        assertThat(Repetitions.key("  Thank \t\n you.  ")).isEqualTo("Thank you.");
        assertThat(Repetitions.key("Thank\tyou.")).isEqualTo("Thank you.");
        assertThat(Repetitions.key("a  b   c")).isEqualTo("a b c");
        assertThat(Repetitions.key("Thank you.")).isEqualTo("Thank you.");
        assertThat(Repetitions.key(" \t ")).isEmpty();
        assertThat(Repetitions.key("Thank\u00a0you.")).isEqualTo("Thank\u00a0you."); // a no-break space is kept on purpose
    }

    @Test
    void theFillIsNoUndoStepOfItsOwn() {
        DocumentEditor editor = editorOf(paragraph("p1", "Thank you."), paragraph("p2", "Thank you."));
        repetitionsOf(editor);
        editor.setText(0, "uk", "Дякую.");
        editor.seal();
        editor.setStatus(0, "uk", Status.TRANSLATED);

        assertThat(editor.undo()).isZero(); // the status of p1, not the fill of p2
        assertThat(editor.paragraph(0).target("uk").status()).isEqualTo(Status.DRAFT);
        assertThat(editor.paragraph(1).target("uk").text()).isEqualTo("Дякую.");
    }

    @Test
    void editingOrConfirmingAFilledCellMakesItTheTranslatorsOwn() {
        DocumentEditor editor = editorOf(paragraph("p1", "Thank you."), paragraph("p2", "Thank you."),
                paragraph("p3", "Thank you."));
        repetitionsOf(editor);
        editor.setText(0, "ko", "감사합니다.");
        editor.setStatus(0, "ko", Status.TRANSLATED);

        editor.setText(1, "ko", "고맙습니다.");
        editor.setStatus(2, "ko", Status.TRANSLATED);

        assertThat(Repetitions.repeatedFrom(editor.paragraph(1), "ko")).isEmpty();
        assertThat(Repetitions.repeatedFrom(editor.paragraph(2), "ko")).isEmpty();
    }

    @Test
    void aConfirmedChangeOffersToUpdateTheRepeatsThatDiffer() {
        DocumentEditor editor = editorOf(paragraph("p1", "Thank you."), paragraph("p2", "Thank you."),
                paragraph("p3", "Thank you."), paragraph("p4", "Goodbye."));
        Repetitions repetitions = repetitionsOf(editor);
        editor.setText(0, "ko", "감사합니다.");
        editor.setStatus(0, "ko", Status.TRANSLATED);

        editor.setText(2, "ko", "고맙습니다.");
        editor.setStatus(2, "ko", Status.TRANSLATED);

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(2);
            assertThat(d.lang()).isEqualTo("ko");
            assertThat(d.rows()).containsExactly(0, 1);
        });
        repetitions.update(differences.get(0));
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(new Translation("고맙습니다.", Status.DRAFT));
        assertThat(editor.paragraph(1).target("ko").text()).isEqualTo("고맙습니다.");
        assertThat(Repetitions.repeatedFrom(editor.paragraph(0), "ko")).contains("p3");
        assertThat(editor.paragraph(3).target("ko")).isEqualTo(Translation.EMPTY);
    }

    @Test
    void switchingOnFillsWhatIsAlreadyTranslatedAndSwitchedOffItFillsNothing() {
        Paragraph done = paragraph("p1", "Thank you.").withTarget("uk", new Translation("Дякую.", Status.REVIEWED));
        DocumentEditor editor = editorOf(done, paragraph("p2", "Thank you."));
        Repetitions repetitions = new Repetitions(editor, Runnable::run);

        editor.setText(0, "ko", "감사합니다.");
        editor.setStatus(0, "ko", Status.TRANSLATED);
        assertThat(editor.paragraph(1).targets()).isEmpty();

        repetitions.setEnabled(true);
        assertThat(editor.paragraph(1).target("uk")).isEqualTo(new Translation("Дякую.", Status.DRAFT));
        assertThat(editor.paragraph(1).target("ko")).isEqualTo(new Translation("감사합니다.", Status.DRAFT));
    }

    @Test
    void theOriginIsSavedInItsOwnColumnAndReadBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.csv");
        Document document = new Document(file, List.of("id", "en", "ko", "ko_status", "note"), List.of("ko"),
                List.of(paragraph("p1", "Thank you."), paragraph("p2", "Thank you.")));
        DocumentEditor editor = new DocumentEditor(document);
        repetitionsOf(editor);
        editor.setText(0, "ko", "감사합니다.");
        editor.setStatus(0, "ko", Status.TRANSLATED);

        DocumentCodec.save(editor.snapshot());

        assertThat(Files.readString(file)).startsWith("id,en,ko,ko_status,ko_origin,note\n")
                .contains("p2,Thank you.,감사합니다.,draft,repetition:p1,");
        Document read = DocumentCodec.read(file);
        assertThat(Repetitions.repeatedFrom(read.paragraphs().get(1), "ko")).contains("p1");
    }
}
