package org.triptych.ui.i18n;

import org.triptych.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.swing.JFileChooser;
import javax.swing.UIManager;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Swing state is touched on the EDT only, as the window does: other tests in this JVM check that. */
@GuiTest
class FileChooserTextsTest {

    @AfterEach
    void backToEnglish() {
        GuiActionRunner.execute(() -> FileChooserTexts.install(Messages.of(Locale.ENGLISH)));
    }

    @Test
    void choosersSpeakTheInterfaceLanguageWithItsMnemonics() {
        GuiActionRunner.execute(() -> FileChooserTexts.install(Messages.of(Locale.forLanguageTag("uk"))));
        assertThat(GuiActionRunner.execute(() -> UIManager.getString("FileChooser.openButtonText"))).isEqualTo("Відкрити");
        assertThat(GuiActionRunner.execute(() -> UIManager.getString("FileChooser.lookInLabelText"))).isEqualTo("Шукати в:");
        assertThat(GuiActionRunner.execute(() -> UIManager.get("FileChooser.fileNameLabelMnemonic"))).isEqualTo(0);
        assertThat(GuiActionRunner.execute(() -> {
            JFileChooser chooser = new JFileChooser();
            return chooser.getUI().getApproveButtonText(chooser);
        })).isEqualTo("Відкрити");

        GuiActionRunner.execute(() -> FileChooserTexts.install(Messages.of(Locale.KOREAN)));
        assertThat(GuiActionRunner.execute(() -> UIManager.getString("FileChooser.fileNameLabelText"))).isEqualTo("파일 이름(N):");
        assertThat(GuiActionRunner.execute(() -> UIManager.get("FileChooser.fileNameLabelMnemonic"))).isEqualTo((int) 'N');

        GuiActionRunner.execute(() -> FileChooserTexts.install(Messages.of(Locale.ENGLISH)));
        assertThat(GuiActionRunner.execute(() -> UIManager.getString("FileChooser.cancelButtonText"))).isEqualTo("Cancel");
        assertThat(GuiActionRunner.execute(() -> UIManager.getString("FileChooser.fileNameLabelText"))).isEqualTo("File name:");
    }
}
