package org.triptych.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * The English matching of the terminology check for other services (the translation memory's concordance): each
 * word's matching key (folded, possessive cut, plural reduced to its singular) and the keys it may stand for.
 * Pure functions; any thread.
 */
public final class EnglishKeys {

    private EnglishKeys() {
    }

    /** One key per word of {@code text}, in order: what a text is indexed by. */
    public static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        for (EnglishWords.Word word : EnglishWords.of(text)) {
            keys.add(word.key());
        }
        return keys;
    }

    /** The key of one word as a word break gives it (Korea's, defectors): what {@link #keys} gives for it. */
    public static String key(String word) {
        return EnglishWords.key(word.substring(0, word.length() - EnglishWords.possessiveLength(word)));
    }

    /** Per word of {@code text}, every key it may match (buses: bus, buse): what a search looks for. */
    public static List<List<String>> alternatives(String text) {
        List<List<String>> keys = new ArrayList<>();
        for (EnglishWords.Word word : EnglishWords.of(text)) {
            keys.add(EnglishWords.keys(word.folded(), word.key()));
        }
        return keys;
    }
}
