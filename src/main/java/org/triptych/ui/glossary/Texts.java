package org.triptych.ui.glossary;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The glossary components' interface texts, from resource bundles for the default locale. */
final class Texts {

    private static final String BUNDLE = "org.triptych.ui.glossary.messages";

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    /** A language's own name for itself, capitalised as a heading: English, 한국어, Українська. */
    static String languageName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equals(tag)) {
            return tag;
        }
        return UCharacter.toTitleCase(locale, name, BreakIterator.getSentenceInstance(locale),
                UCharacter.TITLECASE_NO_LOWERCASE);
    }
}
