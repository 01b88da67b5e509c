package org.triptych.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts the core produces for people, in one language: finding messages, rule descriptions and severity names,
 * read from {@code core*.properties} and formatted with ICU MessageFormat. The core itself only hands out keys
 * and arguments; the window, the command line and the JSON output render them here. Immutable; any thread.
 */
public final class CoreMessages {

    /** The languages the core's messages are written in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("uk"));

    private static final String BUNDLE = "org.triptych.i18n.core";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Each pattern parsed once: a check may render hundreds of thousands of messages. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private CoreMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English asked for on a Korean system gives English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages in {@code locale}'s language, or in English when the core does not speak it. */
    public static CoreMessages of(Locale locale) {
        for (Locale supported : LANGUAGES) {
            if (supported.getLanguage().equals(locale.getLanguage())) {
                return new CoreMessages(supported);
            }
        }
        return english();
    }

    public static CoreMessages english() {
        return new CoreMessages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The message {@code key} with its arguments. A key the bundle does not have is used as its own pattern, so
     * a rule from outside the core (which cannot add to this bundle) is shown in its own words.
     */
    public String format(String key, List<?> arguments) {
        if (!bundle.containsKey(key)) {
            return new MessageFormat(key, ULocale.forLocale(locale)).format(arguments.toArray());
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), ULocale.forLocale(locale)));
        synchronized (format) { // a MessageFormat is not thread-safe; parsing it per message cost more than the rest
            return format.format(arguments.toArray());
        }
    }

    public String format(String key, Object... arguments) {
        return format(key, List.of(arguments));
    }
}
