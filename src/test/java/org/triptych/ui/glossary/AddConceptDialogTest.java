package org.triptych.ui.glossary;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class AddConceptDialogTest extends GuiTestSupport {

    @TempDir
    Path dir;

    /** Opens the dialog as the window would (on the EDT, blocking there) and hands back the result when it closes. */
    private CompletableFuture<Optional<Concept>> open(Function<JFrame, Optional<Concept>> show) {
        JFrame owner = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("owner");
            frame.setSize(400, 300);
            frame.setVisible(true);
            return frame;
        });
        CompletableFuture<Optional<Concept>> result = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> result.complete(show.apply(owner)));
        return result;
    }

    private DialogFixture dialog() {
        return WindowFinder.findDialog("addConceptDialog").using(robot);
    }

    @Test
    void fieldsArePrefilledFromTheSelectionsAndOkReturnsTheConcept() throws Exception {
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH,
                List.of("en", "ko", "uk"), " North\n Korea ", Map.of("ko", "북한", "uk", "Північна Корея")));
        DialogFixture dialog = dialog();

        dialog.textBox("addConcept.en").requireText("North Korea");
        dialog.textBox("addConcept.ko").requireText("북한");
        dialog.textBox("addConcept.uk").requireText("Північна Корея");
        dialog.textBox("addConcept.ko").focus().pressAndReleaseKeys(KeyEvent.VK_END).enterText("|조선");
        dialog.textBox("addConcept.note").enterText("country");
        dialog.button("addConcept.ok").click();

        Concept concept = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(concept.english()).isEqualTo("North Korea");
        assertThat(concept.terms("ko")).containsExactly(new Term("ko", "북한", true), new Term("ko", "조선", false));
        assertThat(concept.preferred("uk")).isEqualTo("Північна Корея");
        assertThat(concept.note()).isEqualTo("country");
    }

    @Test
    void forbiddenVariantsAreEnteredPerTargetLanguageAndSeparatedByBars() throws Exception {
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH,
                List.of("en", "ko", "uk"), "Kyiv", Map.of("ko", "키이우", "uk", "Київ")));
        DialogFixture dialog = dialog();

        assertThat(labelFor(dialog, "addConcept.uk_forbidden")).isEqualTo("Українська: forbidden");
        dialog.textBox("addConcept.uk_forbidden").enterText("Киев | Кийов");
        dialog.textBox("addConcept.ko_forbidden").enterText("키예프");
        dialog.button("addConcept.ok").click();

        Concept concept = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(concept.forbidden("uk")).containsExactly("Киев", "Кийов");
        assertThat(concept.forbidden("ko")).containsExactly("키예프");
        assertThat(concept.forbidden()).doesNotContainKey("en");
        assertThat(concept.preferred("uk")).isEqualTo("Київ");
    }

    /** The text of the label that names the field called {@code field}. */
    private static String labelFor(DialogFixture dialog, String field) {
        javax.swing.text.JTextComponent input = dialog.textBox(field).target();
        return GuiActionRunner.execute(() -> {
            for (java.awt.Component c : input.getParent().getComponents()) {
                if (c instanceof javax.swing.JLabel label && label.getLabelFor() == input) {
                    return label.getText();
                }
            }
            throw new AssertionError("no label for " + field);
        });
    }

    @Test
    void okIsDisabledUntilEnglishHasText() throws Exception {
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH,
                List.of("en", "uk"), "", Map.of("uk", "Сеул")));
        DialogFixture dialog = dialog();

        dialog.button("addConcept.ok").requireDisabled();
        dialog.textBox("addConcept.en").enterText(" ");
        dialog.button("addConcept.ok").requireDisabled();
        dialog.textBox("addConcept.en").enterText("Seoul");
        dialog.button("addConcept.ok").requireEnabled();
        dialog.textBox("addConcept.en").deleteText();
        dialog.button("addConcept.ok").requireDisabled();
        dialog.textBox("addConcept.en").pressAndReleaseKeys(KeyEvent.VK_ENTER); // Enter must not slip past a disabled OK
        dialog.requireVisible();

        dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void warnsWhileTheEnglishTermIsAlreadyInTheGlossary() throws Exception {
        Glossary glossary = glossary(dir, "en,ko,uk\nKyiv|Kiev,키이우,Київ\n");
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH, glossary, "", Map.of()));
        DialogFixture dialog = dialog();

        dialog.textBox("addConcept.en").enterText("KIEV");
        assertThat(dialog.label("addConcept.warning").text()).contains("Already in the glossary", "Kyiv");
        dialog.textBox("addConcept.en").deleteText().enterText("Odesa");
        assertThat(dialog.label("addConcept.warning").text()).isBlank();

        dialog.button("addConcept.cancel").click();
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    /** Whether the named button shows; a hidden one cannot be looked up the usual way, which wants it showing. */
    private boolean showing(java.awt.Container container, String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(container, name, javax.swing.JButton.class, false)
                .isShowing());
    }

    @Test
    void aKoreanPersonsNameIsOfferedInUkrainianLettersAndTakenOnlyWithTheButton() throws Exception {
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH,
                List.of("en", "ko", "uk"), "Ahn Chan-il", Map.of("ko", "안찬일")));
        DialogFixture dialog = dialog();

        dialog.label("addConcept.suggestion").requireText("Kontsevych spelling: Ан Чхан Іль");
        dialog.textBox("addConcept.uk").requireText("");
        dialog.button("addConcept.useSuggestion").focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        dialog.textBox("addConcept.uk").requireText("Ан Чхан Іль");
        dialog.label("addConcept.suggestion").requireText(" ");
        dialog.button("addConcept.ok").click();

        assertThat(result.get(10, TimeUnit.SECONDS).orElseThrow().preferred("uk")).isEqualTo("Ан Чхан Іль");
    }

    @Test
    void aKoreanWordThatIsNoNameIsOfferedNothing() throws Exception {
        CompletableFuture<Optional<Concept>> result = open(owner -> AddConceptDialog.show(owner, ENGLISH,
                List.of("en", "ko", "uk"), "Korean Peninsula", Map.of("ko", "한반도")));
        DialogFixture dialog = dialog();

        dialog.label("addConcept.suggestion").requireText(" ");
        assertThat(showing(dialog.target(), "addConcept.useSuggestion")).isFalse();
        dialog.textBox("addConcept.ko").deleteText().enterText("윤석열");
        dialog.textBox("addConcept.en").deleteText().enterText("Yoon Suk Yeol");
        dialog.label("addConcept.suggestion").requireText("Kontsevych spelling: Юн Сок Йоль");
        dialog.button("addConcept.cancel").click();
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
