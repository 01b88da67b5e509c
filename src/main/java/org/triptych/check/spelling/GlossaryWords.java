package org.triptych.check.spelling;

import com.ibm.icu.util.ULocale;
import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Folding;
import org.triptych.morph.Morphology;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;
import org.triptych.morph.TermPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The renderings (admitted and forbidden) of every concept of a glossary in one language, so a spelling rule can
 * tell that a word it does not know belongs to one of them, in any grammatical form (Ан Чхан Ілем for Ан Чхан Іль,
 * 윤석열은 for 윤석열). Renderings are found by the first two letters of each of their words, which inflection
 * keeps; only those are matched, with the language's morphology. Immutable and thread-safe; patterns compile on
 * first use.
 */
final class GlossaryWords {

    /** A rendering and its words, folded, in order. */
    private record Rendering(String text, boolean forbidden, List<String> words) {
    }

    /** The word at {@code position} of a rendering, folded, with the rendering. */
    private record Entry(String folded, Rendering rendering, int position) {
    }

    /** How many letters at its end a Ukrainian word may change in inflection (Ольга → Ользі, Київ → Києві). */
    private static final int CHANGED_AT_END = 3;
    /** Unknown words whose entries are remembered at most; past that the memory starts again. */
    private static final int REMEMBERED_WORDS = 100_000;

    private final String lang;
    private final List<Concept> concepts;
    /** Made on first use: most targets have no unknown word, and a rule may be off. */
    private volatile Map<String, List<Entry>> byStart;
    private final Map<Rendering, TermPattern> patterns = new ConcurrentHashMap<>();
    /** Per unknown word, folded: the entries it may be a form of (see {@link #entriesOf}). */
    private final Map<String, List<Entry>> formsOf = new ConcurrentHashMap<>();

    GlossaryWords(List<Concept> concepts, String lang) {
        this.lang = lang;
        this.concepts = concepts;
    }

    private Map<String, List<Entry>> index() {
        Map<String, List<Entry>> made = byStart;
        if (made == null) {
            made = build();
            byStart = made;
        }
        return made;
    }

    private Map<String, List<Entry>> build() {
        ULocale locale = ULocale.forLanguageTag(lang);
        Map<String, List<Entry>> index = new HashMap<>();
        for (Concept concept : concepts) {
            List<Rendering> renderings = new ArrayList<>();
            for (Term term : concept.terms(lang)) {
                renderings.add(rendering(term.text(), false, locale));
            }
            for (String variant : concept.forbidden(lang)) {
                renderings.add(rendering(variant, true, locale));
            }
            for (Rendering rendering : renderings) {
                for (int position = 0; position < rendering.words().size(); position++) {
                    String folded = rendering.words().get(position);
                    index.computeIfAbsent(start(folded), k -> new ArrayList<>()).add(new Entry(folded, rendering, position));
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    private Rendering rendering(String text, boolean forbidden, ULocale locale) {
        List<String> words = new ArrayList<>();
        for (TargetText.Word word : TargetText.of(text, lang).words()) {
            words.add(Folding.fold(text, word.start(), word.end(), locale));
        }
        return new Rendering(text, forbidden, List.copyOf(words));
    }

    /**
     * Of the words at {@code indices} of {@code text}, those that are part of a glossary rendering written there, in
     * any form. A rendering is matched only where its words may stand in the text one after the other (a large
     * glossary shares first letters with most words), and once per text, however many of the words it may cover.
     */
    Set<Integer> covered(TargetText text, List<Integer> indices) {
        Map<String, List<Entry>> index = index();
        Set<Rendering> candidates = new LinkedHashSet<>();
        for (int i : indices) {
            for (Entry entry : entriesOf(text.words().get(i).folded(), index)) {
                if (!candidates.contains(entry.rendering())
                        && mayBeWrittenAt(entry.rendering(), text.words(), i - entry.position())) {
                    candidates.add(entry.rendering());
                }
            }
        }
        Set<Integer> covered = new HashSet<>();
        for (Rendering rendering : candidates) {
            TermPattern pattern = patterns.computeIfAbsent(rendering,
                    r -> Morphology.compile(lang, r.text(), r.forbidden()));
            for (Span span : pattern.findAll(text)) {
                for (int i : indices) {
                    TargetText.Word word = text.words().get(i);
                    // a Korean rendering's span ends before the particles the pattern admitted after it
                    if (span.start() <= word.start() && word.start() < span.end()) {
                        covered.add(i);
                    }
                }
            }
        }
        return covered;
    }

    /**
     * The entries whose word {@code word} may be a form of, remembered per word: an unknown word recurs, and with a
     * large glossary the entries sharing its first letters are thousands.
     */
    private List<Entry> entriesOf(String word, Map<String, List<Entry>> index) {
        List<Entry> known = formsOf.get(word);
        if (known == null) {
            known = index.getOrDefault(start(word), List.of()).stream().filter(e -> mayBeFormOf(word, e.folded())).toList();
            if (formsOf.size() >= REMEMBERED_WORDS) {
                formsOf.clear(); // a long session's words, not a leak
            }
            formsOf.put(word, known);
        }
        return known;
    }

    /**
     * The findings of rule {@code ruleId} for the words at {@code unknown} of the target (words its dictionary does not
     * know), leaving out those that are part of a glossary rendering written there.
     */
    List<Finding> unknownWords(String ruleId, CheckContext target, List<Integer> unknown) {
        TargetText text = target.target();
        Set<Integer> glossaryWords = covered(text, unknown);
        List<Finding> findings = new ArrayList<>();
        for (int i : unknown) {
            if (!glossaryWords.contains(i)) {
                TargetText.Word word = text.words().get(i);
                findings.add(target.findingAt(ruleId, new Span(word.start(), word.end()), null, "finding.spelling.unknown",
                        text.text().substring(word.start(), word.end())));
            }
        }
        return findings;
    }

    /** True when the rendering's words may stand in the text from word {@code at} on, each in some form. */
    private boolean mayBeWrittenAt(Rendering rendering, List<TargetText.Word> words, int at) {
        List<String> of = rendering.words();
        if (at < 0 || at + of.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < of.size(); k++) {
            if (!mayBeFormOf(words.get(at + k).folded(), of.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code word} may be a form of the rendering's word {@code of}, so that matching the rendering is worth
     * it: in Korean it starts with it (particles follow), elsewhere it shares all but the last few letters.
     */
    private boolean mayBeFormOf(String word, String of) {
        if (lang.equals("ko") || lang.startsWith("ko-")) {
            return word.startsWith(of);
        }
        int shared = 0;
        int n = Math.min(word.length(), of.length());
        while (shared < n && word.charAt(shared) == of.charAt(shared)) {
            shared++;
        }
        return shared >= Math.max(Math.min(2, n), Math.max(word.length(), of.length()) - CHANGED_AT_END - 1);
    }

    private static String start(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
