package org.triptych.ui.i18n;

import javax.swing.UIManager;
import java.util.Map;

/**
 * Puts the file chooser's own texts (buttons, labels, column headers of the FlatLaf/Metal chooser) into
 * {@link UIManager} from our bundles, so a chooser opened after a language change speaks the interface
 * language whatever the desktop's. Bundle keys follow the JDK's own: {@code FileChooser.openButton.textAndMnemonic=&Open}
 * becomes {@code FileChooser.openButtonText} and {@code FileChooser.openButtonMnemonic}. EDT only.
 */
public final class FileChooserTexts {

    private static final String PREFIX = "FileChooser.";
    private static final String TEXT_AND_MNEMONIC = ".textAndMnemonic";

    private FileChooserTexts() {
    }

    /** Applies {@code messages}' chooser texts to every chooser created from now on. */
    public static void install(Messages messages) {
        for (Map.Entry<String, String> entry : messages.withPrefix(PREFIX).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (!key.endsWith(TEXT_AND_MNEMONIC)) {
                UIManager.put(key, value);
                continue;
            }
            String base = key.substring(0, key.length() - TEXT_AND_MNEMONIC.length());
            int marker = value.indexOf('&');
            boolean hasMnemonic = marker >= 0 && marker < value.length() - 1;
            UIManager.put(base + "Text", hasMnemonic ? value.substring(0, marker) + value.substring(marker + 1) : value);
            // 0 (no mnemonic) rather than nothing: the JDK's own, for the desktop's language, would show through.
            UIManager.put(base + "Mnemonic", hasMnemonic ? Integer.valueOf(Character.toUpperCase(value.charAt(marker + 1))) : 0);
        }
    }
}
