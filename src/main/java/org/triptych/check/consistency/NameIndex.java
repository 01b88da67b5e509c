package org.triptych.check.consistency;

import org.triptych.glossary.EnglishNames;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Term;
import org.triptych.morph.RenderingKeys;
import org.triptych.morph.Span;
import org.triptych.morph.TargetText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proper names of the English that the glossary does not know, and how each target renders them, over the
 * documents checked together. A name is found with the term index's English words ({@link EnglishNames}); its
 * rendering in a target paragraph is the run of words (capitalised ones in Ukrainian) that sounds most like it,
 * judged by transliteration to Latin letters ({@link Sounds}), if it sounds alike enough. Renderings are compared
 * by their {@link RenderingKeys}, so the declined forms of one rendering are one rendering. Immutable once built;
 * read from any thread.
 */
public final class NameIndex {

    /** How alike a target run must sound to the English name to be taken for its rendering. */
    private static final double ENOUGH_ALIKE = 0.75;
    /** Names whose consonant skeleton is shorter are too short to be found by their sound. */
    private static final int SHORTEST_SKELETON = 3;

    /** A name of the English rendered in a target paragraph. */
    public record Rendering(String nameKey, String english, Span span, String key, String written) {
    }

    /** How often one rendering was written, and its most frequent spelling. */
    public static final class Tally {
        private int count;
        private final Map<String, Integer> spellings = new HashMap<>();

        void add(String written) {
            count++;
            spellings.merge(written, 1, Integer::sum);
        }

        public int count() {
            return count;
        }

        /** The spelling written most often; among equals the shortest (the nominative, mostly), then the first. */
        public String spelling() {
            return spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey,
                                    Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse("");
        }
    }

    /** One name of the English, over all documents. */
    public static final class Name {
        private final String key;
        private final Map<String, Integer> englishSpellings = new HashMap<>();
        private int occurrences;
        /** lang -> rendering key -> tally, in order of first use. */
        private final Map<String, Map<String, Tally>> renderings = new LinkedHashMap<>();

        Name(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** How often the English writes it. */
        public int occurrences() {
            return occurrences;
        }

        /** The English spelling written most often. */
        public String english() {
            return englishSpellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(key);
        }

        /** The renderings in {@code lang}, by key. */
        public Map<String, Tally> renderings(String lang) {
            return renderings.getOrDefault(lang, Map.of());
        }

        /** The rendering written most often in {@code lang}; null when none was found. */
        public Tally majority(String lang) {
            return renderings(lang).values().stream().max(Comparator.comparingInt(Tally::count)).orElse(null);
        }
    }

    private final Set<String> glossaryKeys;
    private final Set<String> namedWords;
    private final Set<String> lowerCaseWords;
    private final Map<String, Name> names;
    /** The renderings found per document, paragraph and language, with the target text they were found in. */
    private final Map<Path, Map<String, Map<String, Found>>> found;

    private record Found(String target, List<Rendering> renderings) {
    }

    private NameIndex(Set<String> glossaryKeys, Set<String> namedWords, Set<String> lowerCaseWords, Map<String, Name> names,
                      Map<Path, Map<String, Map<String, Found>>> found) {
        this.glossaryKeys = glossaryKeys;
        this.namedWords = namedWords;
        this.lowerCaseWords = lowerCaseWords;
        this.names = names;
        this.found = found;
    }

    /** An index of nothing: no names, so no finding. */
    public static NameIndex empty(List<Concept> glossary) {
        return new NameIndex(glossaryKeys(glossary), Set.of(), Set.of(), Map.of(), Map.of());
    }

    /** The names of {@code documents} not in {@code glossary}, with their renderings in every target. */
    public static NameIndex build(Collection<Document> documents, List<Concept> glossary) {
        Set<String> named = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (Document document : documents) {
            for (Paragraph paragraph : document.paragraphs()) {
                named.addAll(EnglishNames.capitalisedInsideSentences(paragraph.source()));
                lower.addAll(EnglishNames.lowerCaseWords(paragraph.source()));
            }
        }
        NameIndex index = new NameIndex(glossaryKeys(glossary), named, lower, new HashMap<>(), new HashMap<>());
        for (Document document : documents) {
            Map<String, Map<String, Found>> ofDocument = new HashMap<>();
            for (Paragraph paragraph : document.paragraphs()) {
                List<EnglishNames.Name> inEnglish = index.namesIn(paragraph.source());
                if (inEnglish.isEmpty()) {
                    continue;
                }
                for (EnglishNames.Name name : inEnglish) {
                    Name entry = index.names.computeIfAbsent(name.key(), Name::new);
                    entry.occurrences++;
                    entry.englishSpellings.merge(paragraph.source().substring(name.start(), name.end()), 1, Integer::sum);
                }
                Map<String, Found> ofParagraph = new HashMap<>();
                for (String lang : document.targets()) {
                    String target = paragraph.target(lang).text();
                    if (target.isBlank()) {
                        continue;
                    }
                    List<Rendering> renderings = renderings(paragraph.source(), inEnglish, TargetText.of(target, lang));
                    ofParagraph.put(lang, new Found(target, renderings));
                    for (Rendering r : renderings) {
                        index.names.get(r.nameKey()).renderings.computeIfAbsent(lang, l -> new LinkedHashMap<>())
                                .computeIfAbsent(r.key(), k -> new Tally()).add(r.written());
                    }
                }
                ofDocument.put(paragraph.id(), ofParagraph);
            }
            index.found.put(document.path(), ofDocument);
        }
        return index;
    }

    /** The English terms of the glossary as name keys (letters folded and joined). */
    private static Set<String> glossaryKeys(List<Concept> glossary) {
        Set<String> keys = new HashSet<>();
        for (Concept concept : glossary) {
            for (Term term : concept.terms("en")) {
                for (EnglishNames.Name name : EnglishNames.find(term.text(), w -> true, w -> false)) {
                    keys.add(name.key());
                }
                keys.add(term.text().replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return keys;
    }

    /** Every name, by key. */
    public Collection<Name> names() {
        return names.values();
    }

    public Name name(String key) {
        return names.get(key);
    }

    /** The names of {@code english} that the glossary does not hold, nor any part of them. */
    List<EnglishNames.Name> namesIn(String english) {
        List<EnglishNames.Name> all = EnglishNames.find(english, namedWords::contains, lowerCaseWords::contains);
        List<EnglishNames.Name> unknown = new ArrayList<>(all.size());
        for (EnglishNames.Name name : all) {
            if (!inGlossary(english, name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private boolean inGlossary(String english, EnglishNames.Name name) {
        if (glossaryKeys.contains(name.key())) {
            return true;
        }
        for (EnglishNames.Name part : EnglishNames.find(english.substring(name.start(), name.end()).replace('-', ' '),
                w -> true, w -> false)) {
            if (glossaryKeys.contains(part.key())) {
                return true;
            }
        }
        String[] words = english.substring(name.start(), name.end()).split("[\\s\\p{Pd}]+");
        for (int from = 0; from < words.length; from++) {
            StringBuilder key = new StringBuilder();
            for (int to = from; to < words.length; to++) {
                key.append(words[to].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT));
                if (glossaryKeys.contains(key.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The renderings of the names of a paragraph in {@code target}: those found when the index was built when the
     * text is the same, else found now.
     */
    List<Rendering> renderingsIn(Path document, Paragraph paragraph, TargetText target) {
        Found known = found.getOrDefault(document, Map.of()).getOrDefault(paragraph.id(), Map.of()).get(target.lang());
        if (known != null && known.target().equals(target.text())) {
            return known.renderings();
        }
        List<EnglishNames.Name> inEnglish = namesIn(paragraph.source());
        return inEnglish.isEmpty() ? List.of() : renderings(paragraph.source(), inEnglish, target);
    }

    /** For each name, the run of target words that sounds most like it, if alike enough; runs do not overlap. */
    static List<Rendering> renderings(String english, List<EnglishNames.Name> names, TargetText target) {
        List<Rendering> renderings = new ArrayList<>();
        List<TargetText.Word> words = target.words();
        boolean[] taken = new boolean[words.size()];
        boolean ukrainian = target.lang().startsWith("uk");
        String[] skeletons = new String[words.size()];
        for (EnglishNames.Name name : names) {
            String nameSkeleton = Sounds.skeleton(RenderingKeys.latin("en", name.key()));
            if (nameSkeleton.length() < SHORTEST_SKELETON) {
                continue;
            }
            int longest = name.words() + 1;
            double best = ENOUGH_ALIKE - 1e-9;
            int bestFrom = -1;
            int bestTo = -1;
            for (int from = 0; from < words.size(); from++) {
                if (taken[from] || (ukrainian && !startsCapitalised(target, words.get(from)))) {
                    continue;
                }
                StringBuilder skeleton = new StringBuilder();
                for (int to = from; to < words.size() && to - from < longest; to++) {
                    if (taken[to] || (to > from && (!target.spaceBefore(to)
                            || (ukrainian && !startsCapitalised(target, words.get(to)))))) {
                        break;
                    }
                    String ofWord = skeleton(target, words, skeletons, to);
                    skeleton.append(ofWord);
                    if (ofWord.isEmpty() || skeleton(target, words, skeletons, from).isEmpty()) {
                        continue; // a run does not start or end with a word of vowels only (І, 이)
                    }
                    int longer = Math.max(nameSkeleton.length(), skeleton.length());
                    if (Math.abs(nameSkeleton.length() - skeleton.length()) > (1 - ENOUGH_ALIKE) * longer) {
                        continue; // the lengths alone rule it out, without the edit distance
                    }
                    double alike = Sounds.similarity(nameSkeleton, skeleton.toString());
                    if (alike > best) {
                        best = alike;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            if (bestFrom < 0) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = bestFrom; k <= bestTo; k++) {
                taken[k] = true;
                key.append(k > bestFrom ? " " : "").append(RenderingKeys.word(target.lang(), words.get(k).folded()));
            }
            int start = words.get(bestFrom).start();
            int end = words.get(bestTo).end();
            if (!ukrainian) {
                String last = words.get(bestTo).folded();
                end = words.get(bestTo).start() + Math.min(RenderingKeys.word(target.lang(), last).length(),
                        end - words.get(bestTo).start());
            }
            renderings.add(new Rendering(name.key(), english.substring(name.start(), name.end()), new Span(start, end),
                    key.toString(), target.text().substring(start, end)));
        }
        return renderings;
    }

    private static boolean startsCapitalised(TargetText target, TargetText.Word word) {
        return Character.isUpperCase(target.text().charAt(word.start()));
    }

    /** The consonant skeleton of word {@code k} without its ending (Ukrainian) or particles (Korean); made once. */
    private static String skeleton(TargetText target, List<TargetText.Word> words, String[] skeletons, int k) {
        if (skeletons[k] == null) {
            String folded = words.get(k).folded();
            skeletons[k] = Sounds.skeleton(RenderingKeys.latin(target.lang(), RenderingKeys.word(target.lang(), folded)));
        }
        return skeletons[k];
    }
}
