package org.triptych.memory;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a paragraph into sentences with ICU's sentence break iterator, filtered so that an abbreviation does not end
 * a sentence: CLDR's list for the language where ICU has one (English: Mr., U.S., …), and ours on top of it (No. 5,
 * Ukrainian вул., м., р., тис.; the English ones in every language, since Korean and Ukrainian text quotes them).
 * ICU's filter misses abbreviations with a full stop inside (U.S., e.g.), so a sentence that ends with a listed
 * abbreviation as its last word is joined to the next one as well.
 * Paragraphs stay the unit of editing; the translation memory works on these sentences.
 *
 * <p>Threads: any; each thread keeps its own iterators.
 */
public final class Sentences {

    /** One sentence: [start, end) in the paragraph, white space around it left out. */
    public record Sentence(int start, int end, String text) {
    }

    /** Abbreviations every language keeps whole (English text appears inside Korean and Ukrainian too). */
    private static final List<String> ENGLISH = List.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Lt.",
            "Col.", "Sgt.", "Capt.", "Rev.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr.", "No.", "Nos.", "Vol.", "vs.", "etc.",
            "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.");

    /** Ukrainian abbreviations written with a full stop before a word or a number that may be capitalised. */
    private static final List<String> UKRAINIAN = List.of("м.", "вул.", "просп.", "пл.", "обл.", "р.", "рр.", "ст.",
            "с.", "смт.", "тис.", "млн.", "млрд.", "грн.", "див.", "напр.", "п.", "пп.", "т.", "ім.", "акад.", "проф.",
            "д-р.", "ген.", "св.", "о.", "бл.", "№.");

    /** Korean text ends sentences with a full stop after a syllable; its abbreviations are the English ones. */
    private static final Map<String, List<String>> BY_LANGUAGE = Map.of("uk", UKRAINIAN);

    private static final ThreadLocal<Map<String, BreakIterator>> ITERATORS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Sentences() {
    }

    /** The sentences of {@code text} in language {@code lang} (a tag: en, ko, uk, uk-UA…), in order. */
    public static List<Sentence> split(String text, String lang) {
        List<Sentence> sentences = new ArrayList<>();
        if (text.isBlank()) {
            return sentences;
        }
        BreakIterator breaks = ITERATORS.get().computeIfAbsent(base(lang), Sentences::iterator);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            int last = sentences.size() - 1;
            if (last >= 0 && endsWithAbbreviation(sentences.get(last).text(), lang)) {
                from = sentences.get(last).start();
                sentences.remove(last);
            }
            sentences.add(new Sentence(from, to, text.substring(from, to)));
        }
        return sentences;
    }

    /** The texts of {@link #split}. */
    public static List<String> texts(String text, String lang) {
        return split(text, lang).stream().map(Sentence::text).toList();
    }

    private static boolean endsWithAbbreviation(String sentence, String lang) {
        int space = sentence.length() - 1;
        while (space >= 0 && !Character.isWhitespace(sentence.charAt(space))) {
            space--;
        }
        String word = sentence.substring(space + 1);
        return ENGLISH.contains(word) || BY_LANGUAGE.getOrDefault(base(lang), List.of()).contains(word);
    }

    private static String base(String lang) {
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }

    private static BreakIterator iterator(String lang) {
        ULocale locale = new ULocale(lang);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        ENGLISH.forEach(builder::suppressBreakAfter);
        BY_LANGUAGE.getOrDefault(lang, List.of()).forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }
}
