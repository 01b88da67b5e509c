package org.triptych.ui.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts in one language, read from {@code messages*.properties}; counts are formatted with
 * ICU plural rules ({@code {0, plural, one{# абзац} few{# абзаци} many{# абзаців} other{# абзацу}}}).
 * Immutable; switching language means making a new instance.
 */
public final class Messages {

    /** The languages the interface is translated into, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("uk"));

    private static final String BUNDLE = "org.triptych.ui.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the system locale: asking for English on a Korean desktop must give English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for {@code locale}, or English when the interface does not speak its language. */
    public static Messages of(Locale locale) {
        for (Locale supported : LANGUAGES) {
            if (supported.getLanguage().equals(locale.getLanguage())) {
                return new Messages(supported);
            }
        }
        return new Messages(Locale.ENGLISH);
    }

    /** The desktop's language (the JVM's default locale): the interface language until the user picks one. */
    public static Locale desktopLanguage() {
        return Locale.getDefault();
    }

    public Locale locale() {
        return locale;
    }

    /** The plain text of {@code key}; the key itself when missing, so a gap shows instead of crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with ICU MessageFormat arguments (plural and number aware). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), ULocale.forLocale(locale)).format(args);
    }

    /** The name of a language tag in the interface language, e.g. "ko" → "Korean" / "한국어" / "корейська". */
    public String languageName(String tag) {
        String key = "language." + tag;
        String text = get(key);
        if (!text.equals(key)) {
            return text;
        }
        return ULocale.forLanguageTag(tag).getDisplayLanguage(ULocale.forLocale(locale));
    }

    /** The language's own name for itself, for the language menu. */
    public static String nativeName(Locale language) {
        String name = ULocale.forLocale(language).getDisplayLanguage(ULocale.forLocale(language));
        return name.isEmpty() ? language.toLanguageTag() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
