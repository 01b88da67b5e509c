package org.triptych.check.spelling;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.Morphology;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;
import org.triptych.morph.TermPattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The renderings (admitted and forbidden) of every concept of a glossary in one language, so a spelling rule can
 * tell that a word it does not know belongs to one of them, in any grammatical form (Ан Чхан Ілем for Ан Чхан Іль,
 * 윤석열은 for 윤석열). A text word may be a form of a rendering's word when it shares all but the last few letters
 * (in Korean: when it starts with it, particles follow); only renderings whose every word may so stand in the text
 * are matched, with the language's morphology. They are found through the pairs of neighbouring words: with a large
 * glossary thousands of renderings share a word, few share two. Immutable and thread-safe; the index is made and
 * patterns compile on first use.
 */
final class GlossaryWords {

    /** A rendering and its words, folded, in order; one object per distinct rendering, its pattern made on first use. */
    private static final class Rendering {
        private final String text;
        private final boolean forbidden;
        private final List<String> words;
        private volatile TermPattern pattern;

        private Rendering(String text, boolean forbidden, List<String> words) {
            this.text = text;
            this.forbidden = forbidden;
            this.words = words;
        }
    }

    /** A rendering whose words at {@code position} and {@code position + 1} are a given pair. */
    private record AtPair(Rendering rendering, int position) {
    }

    /**
     * The distinct words of the renderings a text word may be a form of: {@code any} in any place of a rendering;
     * {@code ownStart} those of them that also begin with its first two letters, the only ones the word it is about
     * is matched with (its neighbours are matched with any).
     */
    private record Forms(String[] any, String[] ownStart) {
        static final Forms NONE = new Forms(new String[0], new String[0]);
    }

    /** The renderings by their words. */
    private record Index(Map<String, List<Rendering>> singles, Map<String, Map<String, List<AtPair>>> pairs,
                         Map<Integer, Map<String, List<String>>> wordsByLengthAndStart, List<String> shortWords,
                         Set<String> words) {
    }

    /** How many letters at its end a Ukrainian word may change in inflection (Ольга → Ользі, Київ → Києві). */
    private static final int CHANGED_AT_END = 3;
    /** A word and a rendering's word may differ in this many letters at the end (and in length). */
    private static final int MAY_DIFFER = CHANGED_AT_END + 1;
    /** Text words whose forms are remembered at most; past that the memory starts again. */
    private static final int REMEMBERED_WORDS = 100_000;

    private final String lang;
    private final boolean korean;
    /** The glossary, whose compiled renderings the terminology rules share. */
    private final Terminology terminology;
    /** Made on first use: most targets have no unknown word, and a rule may be off. */
    private volatile Index index;
    /** Per text word, folded: the rendering words it may be a form of (see {@link #formsOf}). */
    private final Map<String, Forms> formsOf = new ConcurrentHashMap<>();

    GlossaryWords(Terminology terminology, String lang) {
        this.lang = lang;
        this.korean = lang.equals("ko") || lang.startsWith("ko-");
        this.terminology = terminology;
    }

    private Index index() {
        Index made = index;
        if (made == null) {
            synchronized (this) { // made once: for a large glossary it takes a while, and the other threads wait
                made = index;
                if (made == null) {
                    made = build();
                    index = made;
                }
            }
        }
        return made;
    }

    private Index build() {
        Map<String, Rendering> distinct = new HashMap<>();
        Map<String, List<Rendering>> singles = new HashMap<>();
        Map<String, Map<String, List<AtPair>>> pairs = new HashMap<>();
        Set<String> words = new HashSet<>();
        Map<String, String> sameWord = new HashMap<>(); // one string per distinct word: renderings share words
        for (Concept concept : terminology.concepts()) {
            List<Rendering> renderings = new ArrayList<>();
            for (Term term : concept.terms(lang)) {
                renderings.add(rendering(distinct, sameWord, term.text(), false));
            }
            for (String variant : concept.forbidden(lang)) {
                renderings.add(rendering(distinct, sameWord, variant, true));
            }
            for (Rendering rendering : renderings) {
                if (rendering == null) {
                    continue; // seen before
                }
                List<String> of = rendering.words;
                words.addAll(of);
                if (of.size() == 1) {
                    singles.computeIfAbsent(of.get(0), k -> new ArrayList<>(1)).add(rendering);
                }
                for (int p = 0; p + 1 < of.size(); p++) {
                    pairs.computeIfAbsent(of.get(p), k -> new HashMap<>())
                            .computeIfAbsent(of.get(p + 1), k -> new ArrayList<>(1)).add(new AtPair(rendering, p));
                }
            }
        }
        Map<Integer, Map<String, List<String>>> byLengthAndStart = new HashMap<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : words) {
            byLengthAndStart.computeIfAbsent(word.length(), k -> new HashMap<>())
                    .computeIfAbsent(word.substring(0, keyLength(word.length())), k -> new ArrayList<>(1)).add(word);
            if (word.length() <= 1 + MAY_DIFFER) {
                shortWords.add(word);
            }
        }
        return new Index(singles, pairs, byLengthAndStart, shortWords, words);
    }

    /** The rendering of {@code text}, or null when the same rendering was made before. */
    private Rendering rendering(Map<String, Rendering> distinct, Map<String, String> sameWord, String text,
                                boolean forbidden) {
        String key = (forbidden ? '-' : '+') + text;
        if (distinct.containsKey(key)) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (TargetText.Word word : TargetText.of(text, lang).words()) {
            words.add(sameWord.computeIfAbsent(word.folded(), w -> w));
        }
        Rendering rendering = new Rendering(text, forbidden, List.copyOf(words));
        distinct.put(key, rendering);
        return rendering;
    }

    /**
     * Of the words at {@code indices} of {@code text}, those that are part of a glossary rendering written there, in
     * any form. A rendering is matched only where its words may stand in the text one after the other, one of them
     * in the place of such a word and beginning with its first two letters (a large glossary shares first letters
     * with most words), and once per text, however many of the words it may cover.
     */
    Set<Integer> covered(TargetText text, List<Integer> indices) {
        Index index = index();
        List<TargetText.Word> words = text.words();
        Set<Rendering> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Rendering> inOrder = new ArrayList<>();
        for (int i : indices) {
            String[] own = formsOf(words.get(i).folded(), index).ownStart();
            if (own.length == 0) {
                continue;
            }
            String[] before = i > 0 ? formsOf(words.get(i - 1).folded(), index).any() : Forms.NONE.any();
            String[] after = i + 1 < words.size() ? formsOf(words.get(i + 1).folded(), index).any() : Forms.NONE.any();
            for (String word : own) {
                for (Rendering rendering : index.singles().getOrDefault(word, List.of())) {
                    if (candidates.add(rendering)) {
                        inOrder.add(rendering);
                    }
                }
                // a rendering of several words has the word in question beside its next word or its previous one
                Map<String, List<AtPair>> fromWord = index.pairs().get(word);
                if (fromWord != null) {
                    for (String next : after) {
                        consider(fromWord.get(next), words, i, candidates, inOrder);
                    }
                }
                for (String previous : before) {
                    Map<String, List<AtPair>> fromPrevious = index.pairs().get(previous);
                    if (fromPrevious != null) {
                        consider(fromPrevious.get(word), words, i - 1, candidates, inOrder);
                    }
                }
            }
        }
        Set<Integer> covered = new HashSet<>();
        for (Rendering rendering : inOrder) {
            for (Span span : pattern(rendering).findAll(text)) {
                for (int i : indices) {
                    TargetText.Word word = words.get(i);
                    // a Korean rendering's span ends before the particles the pattern admitted after it
                    if (span.start() <= word.start() && word.start() < span.end()) {
                        covered.add(i);
                    }
                }
            }
        }
        return covered;
    }

    /** Adds the renderings of {@code atPairs} whose pair stands at word {@code at} and whose every word may stand there. */
    private void consider(List<AtPair> atPairs, List<TargetText.Word> words, int at, Set<Rendering> candidates,
                          List<Rendering> inOrder) {
        if (atPairs == null) {
            return;
        }
        for (AtPair pair : atPairs) {
            Rendering rendering = pair.rendering();
            if (!candidates.contains(rendering) && mayBeWrittenAt(rendering, words, at - pair.position())) {
                candidates.add(rendering);
                inOrder.add(rendering);
            }
        }
    }

    private TermPattern pattern(Rendering rendering) {
        TermPattern made = rendering.pattern;
        if (made == null) {
            made = terminology.pattern(lang, rendering.text,
                    rendering.forbidden ? Morphology.Kind.FORBIDDEN : Morphology.Kind.RENDERING);
            rendering.pattern = made; // two threads may look it up at once: the same pattern either way
        }
        return made;
    }

    /**
     * The rendering words {@code word} (folded) may be a form of, remembered per word: the words of a text recur.
     * Found by length and first letters, which such a word shares with it (see {@link #mayBeFormOf}).
     */
    private Forms formsOf(String word, Index index) {
        Forms known = formsOf.get(word);
        if (known == null) {
            List<String> any = new ArrayList<>();
            if (korean) {
                for (int end = 0; end <= word.length(); end++) {
                    String start = word.substring(0, end);
                    if (index.words().contains(start)) {
                        any.add(start);
                    }
                }
            } else if (word.length() < 2) {
                for (String of : index.shortWords()) {
                    if (mayBeFormOf(word, of)) {
                        any.add(of);
                    }
                }
            } else {
                for (int length = Math.max(0, word.length() - MAY_DIFFER); length <= word.length() + MAY_DIFFER; length++) {
                    Map<String, List<String>> ofLength = index.wordsByLengthAndStart().get(length);
                    int key = keyLength(length);
                    if (ofLength == null || key > word.length()) {
                        continue;
                    }
                    for (String of : ofLength.getOrDefault(word.substring(0, key), List.of())) {
                        if (mayBeFormOf(word, of)) {
                            any.add(of);
                        }
                    }
                }
            }
            String ownStart = start(word);
            known = any.isEmpty() ? Forms.NONE : new Forms(any.toArray(String[]::new),
                    any.stream().filter(of -> start(of).equals(ownStart)).toArray(String[]::new));
            if (formsOf.size() >= REMEMBERED_WORDS) {
                formsOf.clear(); // a long session's words, not a leak
            }
            formsOf.put(word, known);
        }
        return known;
    }

    /**
     * The letters at its start by which a rendering word of {@code length} letters is indexed: every word that may be
     * a form of it (two letters or more) shares at least its first two letters and all but {@value #MAY_DIFFER} of
     * the longer's letters.
     */
    private static int keyLength(int length) {
        return length < 2 ? length : Math.max(2, length - MAY_DIFFER);
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
        List<String> of = rendering.words;
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
        if (korean) {
            return word.startsWith(of);
        }
        int shared = 0;
        int n = Math.min(word.length(), of.length());
        while (shared < n && word.charAt(shared) == of.charAt(shared)) {
            shared++;
        }
        return shared >= Math.max(Math.min(2, n), Math.max(word.length(), of.length()) - MAY_DIFFER);
    }

    private static String start(String folded) {
        return folded.substring(0, Math.min(2, folded.length()));
    }
}
