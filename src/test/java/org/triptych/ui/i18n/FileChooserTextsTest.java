package org.triptych.ui.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.swing.JFileChooser;
import javax.swing.UIManager;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FileChooserTextsTest {

    @AfterEach
    void backToEnglish() {
        FileChooserTexts.install(Messages.of(Locale.ENGLISH));
    }

    @Test
    void choosersSpeakTheInterfaceLanguageWithItsMnemonics() {
        FileChooserTexts.install(Messages.of(Locale.forLanguageTag("uk")));
        assertThat(UIManager.getString("FileChooser.openButtonText")).isEqualTo("Відкрити");
        assertThat(UIManager.getString("FileChooser.lookInLabelText")).isEqualTo("Шукати в:");
        assertThat(UIManager.get("FileChooser.fileNameLabelMnemonic")).isEqualTo(0);
        JFileChooser chooser = new JFileChooser();
        assertThat(chooser.getUI().getApproveButtonText(chooser)).isEqualTo("Відкрити");

        FileChooserTexts.install(Messages.of(Locale.KOREAN));
        assertThat(UIManager.getString("FileChooser.fileNameLabelText")).isEqualTo("파일 이름(N):");
        assertThat(UIManager.get("FileChooser.fileNameLabelMnemonic")).isEqualTo((int) 'N');

        FileChooserTexts.install(Messages.of(Locale.ENGLISH));
        assertThat(UIManager.getString("FileChooser.cancelButtonText")).isEqualTo("Cancel");
        assertThat(UIManager.getString("FileChooser.fileNameLabelText")).isEqualTo("File name:");
    }
}
