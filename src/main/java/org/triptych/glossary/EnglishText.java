package org.triptych.glossary;

import java.util.List;

/**
 * An English text split into the term index's words once (ICU word breaks, each word folded and made singular), so
 * that the term index ({@link TermIndex#find(EnglishText)}) and the reader of names ({@link EnglishNames#scan}) share
 * one reading. Immutable; made and read on any one thread at a time.
 */
public final class EnglishText {

    private final String text;
    private final List<EnglishWords.Word> words;

    private EnglishText(String text, List<EnglishWords.Word> words) {
        this.text = text;
        this.words = words;
    }

    public static EnglishText of(String english) {
        return new EnglishText(english, EnglishWords.of(english));
    }

    public String text() {
        return text;
    }

    List<EnglishWords.Word> words() {
        return words;
    }
}
