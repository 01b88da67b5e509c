package org.triptych.morph;

import org.triptych.morph.UkrainianDictionary.Analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Ukrainian rendering matched word by word. A glossary word the dictionary knows in the nominative matches any
 * form of the same lemma (Курська область in у Курській області); a word in another case (the genitive in
 * агенти психологічної війни) or an unknown word inside a name matches only as written; an unknown last word
 * declines by noun endings (Юн Сок Йоля). An adjective must agree with the noun after it in gender, number and
 * case (so Корейська півострів does not pass). Only white space may separate the words.
 */
final class UkrainianPattern implements TermPattern {

    /** How one glossary word matches a text word. */
    private record WordRule(String folded, char first, Set<String> forms, Set<String> lemmas, boolean adjective, boolean noun) {

        boolean matches(TargetText text, int i) {
            String word = text.words().get(i).folded();
            if (forms.contains(word)) {
                return true;
            }
            if (lemmas.isEmpty() || word.isEmpty() || word.charAt(0) != first) {
                return false; // forms of one lemma share their first letter; this spares most dictionary look-ups
            }
            for (Analysis a : text.analyses(i)) {
                if (lemmas.contains(a.lemma())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a {@link WordRule} is made from: a word of a rendering as written and folded, its place and the kind. */
    private record RuleKey(String original, String folded, boolean last, Morphology.Kind kind) {
    }

    /**
     * Rules made, shared by every pattern: the renderings of a glossary share their words, and a rule costs dictionary
     * look-ups (the dictionary is one per JVM, so a rule never changes). Bounded: past that, rules are made anew.
     */
    private static final ConcurrentHashMap<RuleKey, WordRule> RULES = new ConcurrentHashMap<>();
    private static final int RULES_KEPT = 50_000;

    /** Words of this length or more keep their first letter in every form a {@link WordRule} admits. */
    private static final int KEEPS_FIRST_LETTER = 3;

    private final String rendering;
    private final TargetText words;
    private final Morphology.Kind kind;
    /**
     * Per word of the rendering, the first letter every text word it matches starts with, or 0 when a short word's
     * endings may change it: a text without that sequence of first letters cannot hold the rendering, and is told so
     * without the dictionary.
     */
    private final char[] firstLetters;
    /**
     * Made on the first text that may hold the rendering (the dictionary's readings of each word): most renderings of
     * a large glossary, looked for because their English occurs, are absent from the target.
     */
    private volatile List<WordRule> rules;
    /** Forbidden spellings are often ungrammatical on purpose (Корейська півострів); they match as written. */
    private final boolean checkAgreement;

    private UkrainianPattern(String rendering, TargetText words, Morphology.Kind kind) {
        this.rendering = rendering;
        this.words = words;
        this.kind = kind;
        this.checkAgreement = kind != Morphology.Kind.FORBIDDEN;
        this.firstLetters = new char[words.words().size()];
        for (int k = 0; k < firstLetters.length; k++) {
            String folded = words.words().get(k).folded();
            firstLetters[k] = folded.length() >= KEEPS_FIRST_LETTER ? folded.charAt(0) : 0;
        }
    }

    static UkrainianPattern compile(String rendering, Morphology.Kind kind) {
        return new UkrainianPattern(rendering, TargetText.of(rendering, "uk"), kind);
    }

    private List<WordRule> rules() {
        List<WordRule> made = rules;
        if (made == null) {
            int n = words.words().size();
            List<WordRule> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                TargetText.Word word = words.words().get(k);
                String original = rendering.substring(word.start(), word.end());
                RuleKey key = new RuleKey(original, word.folded(), k == n - 1, kind);
                WordRule rule = RULES.get(key);
                if (rule == null) {
                    rule = rule(original, word.folded(), k == n - 1, kind);
                    if (RULES.size() < RULES_KEPT) {
                        RULES.putIfAbsent(key, rule);
                    }
                }
                list.add(rule);
            }
            made = List.copyOf(list);
            rules = made; // two threads may make it at once: the same rules either way
        }
        return made;
    }

    /**
     * False when no run of the text's words starts with the rendering's first letters: the forms a rule admits keep
     * the first letter of a word of {@value #KEEPS_FIRST_LETTER} letters or more (endings change the end only, and
     * the dictionary's forms of a lemma are matched only when they share its first letter).
     */
    private boolean mayOccurIn(TargetText text) {
        List<TargetText.Word> all = text.words();
        int n = firstLetters.length;
        for (int i = 0; i + n <= all.size(); i++) {
            int k = 0;
            while (k < n && (firstLetters[k] == 0 || all.get(i + k).folded().charAt(0) == firstLetters[k])) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static WordRule rule(String original, String folded, boolean last, Morphology.Kind kind) {
        boolean forbidden = kind == Morphology.Kind.FORBIDDEN;
        List<Analysis> nominative = new ArrayList<>();
        boolean known = false;
        for (Analysis a : UkrainianDictionary.get().analyse(folded)) {
            if (Folding.isAllCapitals(a.lemma()) && !Folding.isAllCapitals(original)) {
                continue; // an abbreviation (АН) is not the name written Ан
            }
            known = true;
            if (a.isNominative()) {
                nominative.add(a);
            }
        }
        Set<String> forms = new HashSet<>();
        forms.add(folded);
        if (kind == Morphology.Kind.FEMININE_NAME && Folding.isCapitalised(original)
                && UkrainianEndings.forms(folded, true).size() == 1) {
            // a woman's name ending in a consonant does not decline, whatever the dictionary knows of the word
            return new WordRule(folded, folded.isEmpty() ? ' ' : folded.charAt(0), Set.of(folded), Set.of(), false, true);
        }
        Set<String> lemmas = new HashSet<>();
        nominative.forEach(a -> lemmas.add(a.lemma()));
        boolean properLemma = nominative.stream().anyMatch(a -> Folding.isCapitalised(a.lemma()));
        boolean declinesByEndings = forbidden ? nominative.isEmpty()
                : last && (!known || (Folding.isCapitalised(original) && !properLemma && nominative.isEmpty()));
        if (declinesByEndings) {
            forms.addAll(UkrainianEndings.forms(folded, kind == Morphology.Kind.FEMININE_NAME));
        }
        if (forbidden) {
            forms.addAll(RussianEndings.forms(folded)); // a forbidden spelling is mostly Russian, in Russian cases
        }
        boolean adjective = !nominative.isEmpty() && nominative.stream().allMatch(Analysis::isAdjective);
        boolean noun = nominative.stream().anyMatch(Analysis::isNoun);
        return new WordRule(folded, folded.isEmpty() ? ' ' : folded.charAt(0), Set.copyOf(forms), Set.copyOf(lemmas),
                adjective, noun);
    }

    @Override
    public List<Span> findAll(TargetText text) {
        List<Span> spans = new ArrayList<>();
        int n = firstLetters.length;
        if (n == 0 || !mayOccurIn(text)) {
            return spans;
        }
        List<WordRule> rules = rules();
        for (int i = 0; i + n <= text.words().size(); i++) {
            if (matchesAt(rules, text, i)) {
                spans.add(text.span(i, i + n - 1));
                i += n - 1;
            }
        }
        return spans;
    }

    private boolean matchesAt(List<WordRule> rules, TargetText text, int i) {
        for (int k = 0; k < rules.size(); k++) {
            if ((k > 0 && !text.spaceBefore(i + k)) || !rules.get(k).matches(text, i + k)) {
                return false;
            }
        }
        for (int k = 0; checkAgreement && k + 1 < rules.size(); k++) {
            WordRule adjective = rules.get(k);
            WordRule noun = rules.get(k + 1);
            if (adjective.adjective() && noun.noun() && !agree(text, i + k, adjective, noun)) {
                return false;
            }
        }
        return true;
    }

    /** True when some reading of the adjective and some reading of the noun share gender (or plural) and case. */
    private static boolean agree(TargetText text, int at, WordRule adjective, WordRule noun) {
        Set<String> adjectiveKeys = agreementKeys(text.analyses(at), adjective.lemmas(), true);
        Set<String> nounKeys = agreementKeys(text.analyses(at + 1), noun.lemmas(), false);
        if (adjectiveKeys.isEmpty() || nounKeys.isEmpty()) {
            return true; // a word matched by its spelling alone gives nothing to compare
        }
        for (String key : adjectiveKeys) {
            if (nounKeys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> agreementKeys(List<Analysis> analyses, Set<String> lemmas, boolean adjective) {
        Set<String> keys = new HashSet<>();
        for (Analysis a : analyses) {
            if (!lemmas.contains(a.lemma()) || (adjective ? !a.isAdjective() : !a.isNoun())) {
                continue;
            }
            String gender = null;
            String grammaticalCase = null;
            for (String part : a.tag().split(":")) {
                if (part.equals("m") || part.equals("f") || part.equals("n") || part.equals("p")) {
                    gender = part;
                } else if (part.startsWith("v_")) {
                    grammaticalCase = part;
                }
            }
            if (gender == null || grammaticalCase == null) {
                if (!adjective) {
                    return Set.of(); // a noun without gender in its tag: cannot judge, so do not object
                }
                continue;
            }
            keys.add(gender + ':' + grammaticalCase);
        }
        return keys;
    }
}
