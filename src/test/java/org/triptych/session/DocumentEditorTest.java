package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The status rules and undo of the open document, without a window. */
class DocumentEditorTest {

    private static Paragraph p(String id, Translation ko, Translation uk) {
        return new Paragraph(id, "English " + id, Map.of("ko", ko, "uk", uk), "", Map.of(), 0);
    }

    private static Translation t(String text, Status status) {
        return new Translation(text, status);
    }

    private static DocumentEditor editor(Paragraph... paragraphs) {
        return new DocumentEditor(new Document(Path.of("translations/doc.csv"), List.of("id", "en", "ko", "uk"),
                List.of("ko", "uk"), List.of(paragraphs)));
    }

    @Test
    void textTypedIntoAnEmptyCellMakesADraft() {
        DocumentEditor editor = editor(p("p1", Translation.EMPTY, Translation.EMPTY));
        editor.setText(0, "ko", "첫");
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("첫", Status.DRAFT));
    }

    @Test
    void editingAReviewedCellLowersItToDraft() {
        DocumentEditor editor = editor(p("p1", t("키이우에서", Status.REVIEWED), t("У Києві", Status.TRANSLATED)));
        editor.setText(0, "ko", "키예프에서");
        editor.setText(0, "uk", "У Києві.");
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("키예프에서", Status.DRAFT));
        assertThat(editor.paragraph(0).target("uk")).isEqualTo(t("У Києві.", Status.DRAFT));
    }

    @Test
    void emptyingACellClearsItsStatus() {
        DocumentEditor editor = editor(p("p1", t("번역", Status.TRANSLATED), t("чернетка", Status.DRAFT)));
        editor.setText(0, "ko", "");
        editor.setText(0, "uk", "  ");
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("", Status.NONE));
        assertThat(editor.paragraph(0).target("uk").status()).isEqualTo(Status.NONE);
    }

    @Test
    void settingTheSameTextChangesNothing() {
        DocumentEditor editor = editor(p("p1", t("번역", Status.REVIEWED), Translation.EMPTY));
        long before = editor.revision();
        editor.setText(0, "ko", "번역");
        assertThat(editor.paragraph(0).target("ko").status()).isEqualTo(Status.REVIEWED);
        assertThat(editor.revision()).isEqualTo(before);
    }

    @Test
    void aDraftCanBeMarkedTranslatedButAnEmptyCellHasNoStatus() {
        DocumentEditor editor = editor(p("p1", t("번역", Status.DRAFT), Translation.EMPTY));
        editor.setStatus(0, "ko", Status.TRANSLATED);
        editor.setStatus(0, "uk", Status.REVIEWED);
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("번역", Status.TRANSLATED));
        assertThat(editor.paragraph(0).target("uk")).isEqualTo(Translation.EMPTY);
    }

    @Test
    void nextToTranslateSkipsTranslatedAndReviewedCellsOnly() {
        DocumentEditor editor = editor(
                p("p1", t("a", Status.TRANSLATED), Translation.EMPTY),
                p("p2", t("b", Status.REVIEWED), Translation.EMPTY),
                p("p3", t("c", Status.DRAFT), Translation.EMPTY),
                p("p4", Translation.EMPTY, Translation.EMPTY),
                p("p5", t("", Status.TRANSLATED), Translation.EMPTY));
        assertThat(editor.nextToTranslate(0, "ko")).as("a draft still needs work").isEqualTo(2);
        assertThat(editor.nextToTranslate(2, "ko")).isEqualTo(3);
        assertThat(editor.nextToTranslate(3, "ko")).as("an empty cell marked translated is still empty").isEqualTo(4);
        assertThat(editor.nextToTranslate(4, "ko")).as("wraps around").isEqualTo(2);
        editor.setStatus(2, "ko", Status.TRANSLATED);
        editor.setText(3, "ko", "d");
        editor.setStatus(3, "ko", Status.TRANSLATED);
        editor.setText(4, "ko", "e");
        editor.setStatus(4, "ko", Status.REVIEWED);
        assertThat(editor.nextToTranslate(0, "ko")).isEqualTo(-1);
    }

    @Test
    void typingInOneCellIsOneUndoStepAndUndoRestoresTheStatus() {
        DocumentEditor editor = editor(p("p1", t("원래", Status.REVIEWED), Translation.EMPTY));
        editor.setText(0, "ko", "원래 ㄱ");
        editor.setText(0, "ko", "원래 고");
        editor.setText(0, "ko", "원래 고침");
        editor.seal();
        editor.setText(0, "uk", "нове");
        assertThat(editor.undo()).isEqualTo(0);
        assertThat(editor.paragraph(0).target("uk")).isEqualTo(Translation.EMPTY);
        assertThat(editor.undo()).isEqualTo(0);
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("원래", Status.REVIEWED));
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.redo()).isEqualTo(0);
        assertThat(editor.paragraph(0).target("ko")).isEqualTo(t("원래 고침", Status.DRAFT));
    }

    @Test
    void aChangeFromDiskClearsTheHistoryAndListenersHearEveryChangeWithItsOrigin() {
        DocumentEditor editor = editor(p("p1", Translation.EMPTY, Translation.EMPTY));
        List<String> heard = new ArrayList<>();
        editor.addListener(new DocumentEditor.Listener() {
            @Override
            public void paragraphChanged(int row, Paragraph before, Paragraph after, DocumentEditor.Origin origin) {
                heard.add(origin + " " + row + " " + after.target("ko").text());
            }

            @Override
            public void documentReplaced(Document previous, Document now) {
                heard.add("replaced " + now.paragraphs().size());
            }
        });
        editor.setText(0, "ko", "여기");
        editor.undo();
        editor.replace(0, editor.paragraph(0).withTarget("ko", t("디스크", Status.TRANSLATED)), DocumentEditor.Origin.DISK);
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.canRedo()).isFalse();
        editor.setDocument(editor.snapshot().withParagraphs(List.of()));
        assertThat(heard).containsExactly("EDIT 0 여기", "HISTORY 0 ", "DISK 0 디스크", "replaced 0");
        assertThat(editor.revision()).isEqualTo(4);
    }

    @Test
    void aNoteEditKeepsTheStatusesAndIsOneUndoStepOfItsOwn() {
        DocumentEditor editor = editor(p("p1", t("번역", Status.REVIEWED), t("переклад", Status.TRANSLATED)));
        editor.setText(0, "uk", "переклад!");
        editor.setNote(0, "ask the author about the date");
        assertThat(editor.paragraph(0).note()).isEqualTo("ask the author about the date");
        assertThat(editor.paragraph(0).target("ko")).as("a note does not lower a status").isEqualTo(t("번역", Status.REVIEWED));
        assertThat(editor.paragraph(0).target("uk")).isEqualTo(t("переклад!", Status.DRAFT));
        editor.setNote(0, "ask the author about the date");
        assertThat(editor.undo()).isEqualTo(0);
        assertThat(editor.paragraph(0).note()).as("the note alone is undone, not the typing before it").isEmpty();
        assertThat(editor.paragraph(0).target("uk").text()).isEqualTo("переклад!");
        assertThat(editor.redo()).isEqualTo(0);
        assertThat(editor.paragraph(0).note()).isEqualTo("ask the author about the date");
        editor.setText(0, "uk", "переклад!!");
        assertThat(editor.undo()).isEqualTo(0);
        assertThat(editor.paragraph(0).note()).as("typing after a note does not join its step").isNotEmpty();
        assertThat(editor.paragraph(0).target("uk").text()).isEqualTo("переклад!");
    }

    @Test
    void aNoteIsNotEditedWhileTheDocumentCloses() {
        DocumentEditor editor = editor(p("p1", Translation.EMPTY, Translation.EMPTY));
        editor.setEditable(false);
        editor.setNote(0, "late");
        assertThat(editor.paragraph(0).note()).isEmpty();
    }

    @Test
    void nextDraftFindsOnlyDraftsAndWrapsAround() {
        DocumentEditor editor = editor(
                p("p1", t("a", Status.DRAFT), Translation.EMPTY),
                p("p2", Translation.EMPTY, Translation.EMPTY),
                p("p3", t("c", Status.TRANSLATED), Translation.EMPTY),
                p("p4", t("d", Status.DRAFT), t("d", Status.REVIEWED)));
        assertThat(editor.nextDraft(0, "ko")).as("an empty cell is not a draft").isEqualTo(3);
        assertThat(editor.nextDraft(3, "ko")).as("wraps around").isEqualTo(0);
        assertThat(editor.nextDraft(0, "uk")).isEqualTo(-1);
    }

    @Test
    void aParagraphIsFoundByItsIdFirstThenByItsNumber() {
        DocumentEditor editor = editor(
                p("intro", Translation.EMPTY, Translation.EMPTY),
                p("3", Translation.EMPTY, Translation.EMPTY),
                p("p3", Translation.EMPTY, Translation.EMPTY));
        assertThat(editor.rowOfReference("p3")).isEqualTo(2);
        assertThat(editor.rowOfReference(" intro ")).isEqualTo(0);
        assertThat(editor.rowOfReference("3")).as("an id that looks like a number wins").isEqualTo(1);
        assertThat(editor.rowOfReference("1")).isEqualTo(0);
        assertThat(editor.rowOfReference("#2")).isEqualTo(1);
        assertThat(editor.rowOfReference("4")).isEqualTo(-1);
        assertThat(editor.rowOfReference("0")).isEqualTo(-1);
        assertThat(editor.rowOfReference("99999999999999")).isEqualTo(-1);
        assertThat(editor.rowOfReference("nowhere")).isEqualTo(-1);
        assertThat(editor.rowOfReference("  ")).isEqualTo(-1);
    }
}
