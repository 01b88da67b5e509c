package org.triptych.exchange;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/** Matching the language tags of other tools ({@code uk-UA}, {@code UK}, {@code ko_KR}) to a workspace's tags. */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The canonical BCP 47 form: {@code EN} becomes {@code en}, {@code ko_KR} becomes {@code ko-KR}. */
    public static String canonical(String tag) {
        return ULocale.forLanguageTag(tag.strip().replace('_', '-')).toLanguageTag();
    }

    /** The language subtag alone, lower case: {@code uk-UA} gives {@code uk}. */
    public static String language(String tag) {
        return ULocale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }

    /**
     * True when a tag found in a file stands for the workspace tag {@code wanted}: same language, and the
     * same region and script when {@code wanted} names them ({@code uk} accepts {@code uk-UA}; {@code pt-BR} refuses {@code pt-PT}).
     */
    public static boolean matches(String found, String wanted) {
        ULocale f = ULocale.forLanguageTag(found.strip().replace('_', '-'));
        ULocale w = ULocale.forLanguageTag(wanted.strip().replace('_', '-'));
        if (!f.getLanguage().equalsIgnoreCase(w.getLanguage()) || f.getLanguage().isEmpty()) {
            return false;
        }
        return (w.getCountry().isEmpty() || w.getCountry().equalsIgnoreCase(f.getCountry()))
                && (w.getScript().isEmpty() || w.getScript().equalsIgnoreCase(f.getScript()));
    }

    /** The full tag other tools expect for our bare workspace tags (spell checkers want a region). */
    public static String withRegion(String tag) {
        return switch (tag) {
            case "en" -> "en-US";
            case "ko" -> "ko-KR";
            case "uk" -> "uk-UA";
            default -> tag;
        };
    }
}
