package org.triptych.io;

import com.ibm.icu.util.ULocale;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises the column names of the file contract: language tags and their suffixed companions. */
public final class Columns {

    public static final String ID = "id";
    public static final String SOURCE = "en";
    public static final String NOTE = "note";
    public static final String STATUS_SUFFIX = "_status";
    public static final String FORBIDDEN_SUFFIX = "_forbidden";
    /** Glossary: how the English term's capitals are matched ({@code sensitive}, {@code insensitive}, {@code permissive}). */
    public static final String CASE = "case";
    /** Glossary: {@code female} or {@code male} for a person's name; a woman's name ending in a consonant does not decline. */
    public static final String GENDER = "gender";
    /** Where a target's text came from when Triptych, not the translator, wrote it (e.g. a repeated paragraph). */
    public static final String ORIGIN_SUFFIX = "_origin";

    private static final Pattern TAG_SHAPE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> ISO_LANGUAGES = new HashSet<>(Arrays.asList(ULocale.getISOLanguages()));

    private Columns() {
    }

    /** True when {@code name} is a BCP 47 tag whose language subtag is a known ISO 639 code. */
    public static boolean isLanguageTag(String name) {
        if (name.equals(ID) || !TAG_SHAPE.matcher(name).matches()) {
            return false;
        }
        String language = ULocale.forLanguageTag(name).getLanguage();
        return !language.isEmpty() && ISO_LANGUAGES.contains(language.toLowerCase(Locale.ROOT));
    }

    public static String statusColumn(String tag) {
        return tag + STATUS_SUFFIX;
    }

    public static String originColumn(String tag) {
        return tag + ORIGIN_SUFFIX;
    }

    public static String forbiddenColumn(String tag) {
        return tag + FORBIDDEN_SUFFIX;
    }
}
