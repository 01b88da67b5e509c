package org.triptych.check.consistency;

import org.triptych.model.Paragraph;
import org.triptych.morph.RenderingKeys;
import org.triptych.morph.TargetText;
import org.triptych.morph.UkrainianDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rendering a target uses for an English term that sounds nothing like it (psychological warfare: психологічна
 * війна, 심리전), found by co-occurrence. A target paragraph is read into units: each word, and each two words side
 * by side, by their dictionary form (Ukrainian: the lemma of the Ukrainian dictionary, the word's stem when it does
 * not know it; Korean: the word without its particles). Over the paragraphs whose English has the term, the unit
 * that occurs in most of them and rarely elsewhere wins, by the Dice coefficient
 * <pre>  dice(t, u) = 2 · |P(t) ∩ P(u)| / (|P(t)| + |P(u)|)</pre>
 * where P(t) are the paragraphs (with a target in that language) whose English has the term and P(u) those whose
 * target has the unit. The rendering is offered only when it is confident: at least {@value #MIN_SHARED} shared
 * paragraphs, a Dice of at least {@value #MIN_DICE}, an association unlikely by chance (Dunning's log-likelihood
 * ratio over the 2×2 table of paragraphs with and without term and unit,
 * <pre>  G² = 2 · Σ O · ln(O / E)</pre>
 * of at least {@value #MIN_LOG_LIKELIHOOD}, p &lt; 0.01 with one degree of freedom: in a workspace of four paragraphs
 * nothing is), and no other unit as strong that is not part of it (among equals the longer unit wins: психологічна
 * війна over війна). Made per suggestion request; one thread.
 */
final class CooccurringRenderings {

    static final int MIN_SHARED = 2;
    static final double MIN_DICE = 0.6;
    static final double MIN_LOG_LIKELIHOOD = 6.63;

    /** A unit of one target paragraph: its key and its written form there. */
    private record Unit(String key, String written, boolean nominative) {
    }

    /** Every paragraph of the documents suggested from. */
    private final List<Paragraph> paragraphs;
    /** Dictionary forms and nominative readings of the Ukrainian words met, each looked up once. */
    private final Map<String, String> lemmas = new HashMap<>();
    private final Map<String, Boolean> nominatives = new HashMap<>();

    private CooccurringRenderings(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * For each term (by key, with the indexes in {@code paragraphs} of the paragraphs whose English has it), its
     * confident rendering in each of {@code langs}; a term without one in a language has no entry for it.
     */
    static Map<String, Map<String, String>> find(List<Paragraph> paragraphs, Map<String, Set<Integer>> terms,
                                                 List<String> langs) {
        CooccurringRenderings finder = new CooccurringRenderings(paragraphs);
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        for (String lang : langs) {
            // Each target paragraph read once into the ids of its distinct units; a few bytes per unit.
            Map<String, Integer> ids = new HashMap<>();
            List<String> keys = new ArrayList<>();
            int[][] unitsOf = new int[paragraphs.size()][];
            int all = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                List<Unit> units = finder.unitsOf(paragraphs.get(p), lang);
                if (units == null) {
                    continue;
                }
                all++;
                unitsOf[p] = units.stream().mapToInt(u -> ids.computeIfAbsent(u.key(), k -> {
                    keys.add(k);
                    return keys.size() - 1;
                })).distinct().toArray();
            }
            int[] withUnit = new int[keys.size()];
            for (int[] units : unitsOf) {
                if (units != null) {
                    for (int id : units) {
                        withUnit[id]++;
                    }
                }
            }
            int[] shared = new int[keys.size()];
            for (Map.Entry<String, Set<Integer>> term : terms.entrySet()) {
                List<Integer> touched = new ArrayList<>();
                int termParagraphs = 0;
                for (int p : term.getValue()) {
                    if (unitsOf[p] == null) {
                        continue;
                    }
                    termParagraphs++;
                    for (int id : unitsOf[p]) {
                        if (shared[id]++ == 0) {
                            touched.add(id);
                        }
                    }
                }
                String best = choose(touched, shared, termParagraphs, withUnit, all, keys);
                touched.forEach(id -> shared[id] = 0);
                if (best != null) {
                    found.computeIfAbsent(term.getKey(), t -> new LinkedHashMap<>())
                            .put(lang, finder.spelling(term.getValue(), lang, best));
                }
            }
        }
        return found;
    }

    /**
     * The key of the confident rendering among the units {@code touched}, each shared with the term in
     * {@code shared[id]} of its {@code termParagraphs}, of {@code all} paragraphs; or null.
     */
    private static String choose(List<Integer> touched, int[] shared, int termParagraphs, int[] withUnit, int all,
                                 List<String> keys) {
        record Scored(String key, int words, double dice, double logLikelihood) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int id : touched) {
            int both = shared[id];
            if (both >= MIN_SHARED) {
                String key = keys.get(id);
                scored.add(new Scored(key, key.split(" ").length, 2.0 * both / (termParagraphs + withUnit[id]),
                        logLikelihood(both, termParagraphs, withUnit[id], all)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::dice).reversed().thenComparing(Comparator.comparingInt(
                Scored::words).reversed()).thenComparing(Scored::key));
        if (scored.isEmpty() || scored.get(0).dice() < MIN_DICE || scored.get(0).logLikelihood() < MIN_LOG_LIKELIHOOD) {
            return null;
        }
        Scored best = scored.get(0);
        List<String> bestWords = List.of(best.key().split(" "));
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.dice() < best.dice() - 1e-9) {
                break;
            }
            if (!bestWords.containsAll(List.of(other.key().split(" ")))) {
                return null; // two units as strong, neither part of the other: not confident
            }
        }
        return best.key();
    }

    /**
     * Dunning's G² of the paragraphs with both ({@code both}), with the term ({@code term}), with the unit
     * ({@code unit}), of {@code all}.
     */
    static double logLikelihood(int both, int term, int unit, int all) {
        double[] observed = {both, term - both, unit - both, all - term - unit + both};
        double[] expected = {(double) term * unit / all, (double) term * (all - unit) / all,
                (double) (all - term) * unit / all, (double) (all - term) * (all - unit) / all};
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            if (observed[i] > 0) {
                sum += observed[i] * Math.log(observed[i] / expected[i]);
            }
        }
        return 2 * sum;
    }

    /**
     * The form of the unit {@code key} to offer, from the term's paragraphs: the one written most often, a
     * nominative first (the glossary's form), then the shortest.
     */
    private String spelling(Set<Integer> termParagraphs, String lang, String key) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Boolean> nominative = new HashMap<>();
        for (int p : termParagraphs) {
            List<Unit> units = unitsOf(paragraphs.get(p), lang);
            for (Unit unit : units == null ? List.<Unit>of() : units) {
                if (unit.key().equals(key)) {
                    counts.merge(unit.written(), 1, Integer::sum);
                    nominative.put(unit.written(), unit.nominative());
                }
            }
        }
        return counts.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(
                        e -> nominative.get(e.getKey())).thenComparing(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** The units of {@code paragraph}'s target in {@code lang}, single words and pairs; null when it has none. */
    private List<Unit> unitsOf(Paragraph paragraph, String lang) {
        String text = paragraph.target(lang).text();
        if (text.isBlank()) {
            return null;
        }
        TargetText target = TargetText.of(text, lang);
        List<TargetText.Word> words = target.words();
        List<Unit> units = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            TargetText.Word word = words.get(i);
            String key = isWord(word.folded()) ? key(lang, word.folded()) : null;
            // A Korean syllable left alone is mostly a word whose ending was taken for a particle (모든: 모).
            if (key == null || (lang.startsWith("ko") && key.length() < 2)) {
                previous = null;
                continue;
            }
            boolean nominative = nominative(lang, word.folded());
            units.add(new Unit(key, written(lang, text, word, key), nominative));
            if (previous != null && target.spaceBefore(i)) {
                TargetText.Word first = words.get(i - 1);
                units.add(new Unit(previous + " " + key, written(lang, text, first, previous) + " "
                        + written(lang, text, word, key), nominative && nominative(lang, first.folded())));
            }
            previous = key;
        }
        return units;
    }

    /** A word of letters, at least two: numbers and single letters render no term. */
    private static boolean isWord(String folded) {
        int letters = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetter(folded.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2 && letters >= folded.length() - 2;
    }

    /** The word's dictionary form: the Ukrainian lemma (else its stem), the Korean word without particles. */
    private String key(String lang, String folded) {
        if (lang.startsWith("uk")) {
            return lemmas.computeIfAbsent(folded, w -> {
                List<UkrainianDictionary.Analysis> readings = UkrainianDictionary.get().analyseWithVariants(w);
                // A rendering of a term is a noun phrase: a noun's or adjective's reading before others (війну: війна,
                // not the verb війнути).
                return readings.stream().filter(UkrainianDictionary.Analysis::isNoun).findFirst()
                        .or(() -> readings.stream().filter(UkrainianDictionary.Analysis::isAdjective).findFirst())
                        .or(() -> readings.stream().findFirst())
                        .map(a -> a.lemma().toLowerCase(java.util.Locale.ROOT)).orElseGet(() -> RenderingKeys.word(lang, w));
            });
        }
        return RenderingKeys.word(lang, folded);
    }

    /** True when the Ukrainian word may be a nominative; true for other languages, which have no such case. */
    private boolean nominative(String lang, String folded) {
        if (!lang.startsWith("uk")) {
            return true;
        }
        return nominatives.computeIfAbsent(folded, w ->
                UkrainianDictionary.get().analyseWithVariants(w).stream().anyMatch(UkrainianDictionary.Analysis::isNominative));
    }

    /**
     * As written: the Ukrainian word in the text, in small letters where only the opening of a sentence gave it a
     * capital (a common word, by the dictionary); the Korean word without its particles.
     */
    private String written(String lang, String text, TargetText.Word word, String key) {
        String asWritten = text.substring(word.start(), word.end());
        if (lang.startsWith("ko")) {
            return asWritten.substring(0, Math.min(asWritten.length(), key.length()));
        }
        if (Character.isUpperCase(asWritten.charAt(0)) && opensSentence(text, word.start())
                && UkrainianDictionary.get().analyseWithVariants(word.folded()).stream()
                .anyMatch(a -> !a.lemma().isEmpty() && Character.isLowerCase(a.lemma().charAt(0)))) {
            return asWritten.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + asWritten.substring(1);
        }
        return asWritten;
    }

    /** True when only white space, quotes or brackets lie between the last sentence end (or the start) and {@code at}. */
    private static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == ':' || c == '—' || c == '–') {
                return false;
            }
        }
        return true;
    }
}
