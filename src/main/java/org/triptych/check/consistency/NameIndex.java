package org.triptych.check.consistency;

import org.triptych.check.PreparedEnglish;
import org.triptych.check.Terminology;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The proper names of the English that the glossary does not know, and how each target renders them, over the
 * documents checked together. A name is found with the term index's English words ({@link EnglishNames}); its
 * rendering in a target paragraph is the run of words (capitalised ones in Ukrainian) that sounds most like it,
 * judged by transliteration to Latin letters ({@link Sounds}), if it sounds alike enough. Renderings are compared
 * by their {@link RenderingKeys}, so the declined forms of one rendering are one rendering. Immutable once built,
 * apart from caches; read from any thread.
 */
public final class NameIndex {

    /** How alike a target run must sound to the English name to be taken for its rendering. */
    private static final double ENOUGH_ALIKE = 0.75;
    /** Names whose consonant skeleton is shorter are too short to be found by their sound. */
    private static final int SHORTEST_SKELETON = 3;
    /** What a name key leaves out of a term: all but letters and digits (compiled once, not per term). */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

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

    /**
     * The consonant skeletons of the English names and of the target words met, each made once: most words and
     * names recur, and making one (case ending or particles cut, transliterated) costs far more than a look-up.
     * Cleared when it grows past {@value #REMEMBERED} entries. Thread-safe.
     */
    private static final class SoundCache {
        private final Map<String, String> ofNames = new ConcurrentHashMap<>();
        private final Map<String, Map<String, String>> ofWords = new ConcurrentHashMap<>();

        String ofName(String key) {
            return remembered(ofNames).computeIfAbsent(key, k -> Sounds.skeleton(RenderingKeys.latin("en", k)));
        }

        Map<String, String> ofWords(String lang) {
            return remembered(ofWords.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()));
        }

        private static Map<String, String> remembered(Map<String, String> cache) {
            if (cache.size() >= REMEMBERED) {
                cache.clear();
            }
            return cache;
        }
    }

    private static final int REMEMBERED = 200_000;

    private final SoundCache sounds = new SoundCache();
    private final Set<String> glossaryKeys;
    private final Set<String> namedWords;
    private final Set<String> lowerCaseWords;
    private final Map<String, Name> names;
    /** What the index learnt of each paragraph, per document and paragraph id. */
    private final Map<Path, Map<String, Known>> known;

    /**
     * One paragraph as the index was built: its English, its names outside the glossary when one of them recurs
     * (else none: a name written once has one rendering, nothing to compare), and per language the target text
     * and the renderings found in it.
     */
    private record Known(String english, List<EnglishNames.Name> names, Map<String, Found> byLang) {
    }

    private record Found(String target, List<Rendering> renderings) {
    }

    private NameIndex(Set<String> glossaryKeys, Set<String> namedWords, Set<String> lowerCaseWords, Map<String, Name> names,
                      Map<Path, Map<String, Known>> known) {
        this.glossaryKeys = glossaryKeys;
        this.namedWords = namedWords;
        this.lowerCaseWords = lowerCaseWords;
        this.names = names;
        this.known = known;
    }

    /** An index of nothing: no names, so no finding. */
    public static NameIndex empty(List<Concept> glossary) {
        return new NameIndex(glossaryKeys(glossary), Set.of(), Set.of(), Map.of(), Map.of());
    }

    /** The names of {@code documents} not in {@code glossary}, with their renderings in every target. */
    public static NameIndex build(List<Document> documents, List<Concept> glossary) {
        return build(documents, glossary, PreparedEnglish.read(documents, Terminology.empty(), english -> english));
    }

    /**
     * As {@link #build(List, List)}, from the English already read ({@code english}, indexes as in
     * {@code documents}). The targets are read on all cores (the common pool); the tallies are made in document order.
     */
    public static NameIndex build(List<Document> documents, List<Concept> glossary, PreparedEnglish english) {
        NameIndex index = new NameIndex(glossaryKeys(glossary), english.namedWords(), english.lowerCaseWords(),
                new HashMap<>(), new HashMap<>());
        Map<String, Boolean> inGlossary = new HashMap<>();
        List<List<List<EnglishNames.Name>>> unknown = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<List<EnglishNames.Name>> ofDocument = new ArrayList<>();
            for (int i = 0; i < documents.get(d).paragraphs().size(); i++) {
                String source = english.english(d, i);
                List<EnglishNames.Name> inEnglish = index.unknown(source, english.runs(d, i), inGlossary);
                for (EnglishNames.Name name : inEnglish) {
                    Name entry = index.names.computeIfAbsent(name.key(), Name::new);
                    entry.occurrences++;
                    entry.englishSpellings.merge(source.substring(name.start(), name.end()), 1, Integer::sum);
                }
                ofDocument.add(inEnglish);
            }
            unknown.add(ofDocument);
        }
        for (int d = 0; d < documents.size(); d++) {
            Document document = documents.get(d);
            List<List<EnglishNames.Name>> ofDocument = unknown.get(d);
            int ofIndex = d;
            List<Known> knownOfParagraphs = IntStream.range(0, document.paragraphs().size()).parallel()
                    .mapToObj(i -> index.know(document, document.paragraphs().get(i), english.english(ofIndex, i),
                            ofDocument.get(i))).toList();
            Map<String, Known> knownOfDocument = new HashMap<>();
            for (int i = 0; i < knownOfParagraphs.size(); i++) {
                Known known = knownOfParagraphs.get(i);
                knownOfDocument.put(document.paragraphs().get(i).id(), known);
                known.byLang().forEach((lang, found) -> {
                    for (Rendering r : found.renderings()) {
                        index.names.get(r.nameKey()).renderings.computeIfAbsent(lang, l -> new LinkedHashMap<>())
                                .computeIfAbsent(r.key(), k -> new Tally()).add(r.written());
                    }
                });
            }
            index.known.put(document.path(), knownOfDocument);
        }
        return index;
    }

    /**
     * What the index keeps of {@code paragraph}, whose English reads {@code source} and whose unknown names are
     * {@code inEnglish}: its targets are read if one of them recurs.
     */
    private Known know(Document document, Paragraph paragraph, String source, List<EnglishNames.Name> inEnglish) {
        if (!anyRecurs(inEnglish)) {
            return new Known(source, List.of(), Map.of());
        }
        Map<String, Found> byLang = new LinkedHashMap<>();
        for (String lang : document.targets()) {
            String target = paragraph.target(lang).text();
            if (!target.isBlank()) {
                byLang.put(lang, new Found(target, renderings(source, inEnglish, readable(target, lang))));
            }
        }
        return new Known(source, inEnglish, byLang);
    }

    /** The words of a target that may render a name: in Ukrainian only the capitalised ones. */
    private static TargetText readable(String target, String lang) {
        return isUkrainian(lang) ? TargetText.capitalisedWords(target, lang) : TargetText.of(target, lang);
    }

    private static boolean isUkrainian(String lang) {
        return lang.startsWith("uk");
    }

    /**
     * True when one of {@code inEnglish} occurs at least twice in the documents indexed and has sounds enough to be
     * found by them (not He, But, The after a quotation): only such a name can be rendered two ways.
     */
    private boolean anyRecurs(List<EnglishNames.Name> inEnglish) {
        for (EnglishNames.Name name : inEnglish) {
            Name entry = names.get(name.key());
            if (entry != null && entry.occurrences() >= 2 && sounds.ofName(name.key()).length() >= SHORTEST_SKELETON) {
                return true;
            }
        }
        return false;
    }

    /** The English terms of the glossary as name keys (letters folded and joined). */
    private static Set<String> glossaryKeys(List<Concept> glossary) {
        Set<String> keys = new HashSet<>();
        for (Concept concept : glossary) {
            for (Term term : concept.terms("en")) {
                for (EnglishNames.Name name : EnglishNames.find(term.text(), w -> true, w -> false)) {
                    keys.add(name.key());
                }
                keys.add(NOT_LETTER_OR_DIGIT.matcher(term.text()).replaceAll("").toLowerCase(java.util.Locale.ROOT));
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
        return unknown(english, EnglishNames.scan(english).runs(), new HashMap<>());
    }

    /**
     * The names the runs of {@code english} make that the glossary does not hold, nor any part of them; what the
     * glossary holds is looked up once per spelling of a name and remembered in {@code inGlossary}.
     */
    private List<EnglishNames.Name> unknown(String english, List<EnglishNames.Run> runs, Map<String, Boolean> inGlossary) {
        List<EnglishNames.Name> unknown = new ArrayList<>(runs.size());
        for (EnglishNames.Run run : runs) {
            EnglishNames.Name name = run.name(namedWords::contains, lowerCaseWords::contains);
            if (name != null && !inGlossary.computeIfAbsent(english.substring(name.start(), name.end()),
                    written -> glossaryKeys.contains(name.key()) || partInGlossary(written))) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** True when the glossary holds a part of the name {@code written}: a run of its words, hyphenated parts apart. */
    private boolean partInGlossary(String written) {
        for (EnglishNames.Name part : EnglishNames.find(written.replace('-', ' '), w -> true, w -> false)) {
            if (glossaryKeys.contains(part.key())) {
                return true;
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= written.length(); i++) {
            char c = i < written.length() ? written.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Character.getType(c) == Character.DASH_PUNCTUATION) {
                words.add(word.toString());
                word.setLength(0);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        for (int from = 0; from < words.size(); from++) {
            StringBuilder key = new StringBuilder();
            for (int to = from; to < words.size(); to++) {
                key.append(words.get(to));
                if (glossaryKeys.contains(key.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The renderings of the names of a paragraph in {@code target}: those found when the index was built when the
     * English and the target are the same, else found now; none when no name of its English recurs.
     */
    List<Rendering> renderingsIn(Path document, Paragraph paragraph, TargetText target) {
        Known paragraphKnown = known.getOrDefault(document, Map.of()).get(paragraph.id());
        List<EnglishNames.Name> inEnglish;
        if (paragraphKnown != null && paragraphKnown.english().equals(paragraph.source())) {
            Found found = paragraphKnown.byLang().get(target.lang());
            if (found != null && found.target().equals(target.text())) {
                return found.renderings();
            }
            inEnglish = paragraphKnown.names();
        } else {
            inEnglish = namesIn(paragraph.source());
        }
        return anyRecurs(inEnglish) ? renderings(paragraph.source(), inEnglish, target) : List.of();
    }

    /** For each name, the run of target words that sounds most like it, if alike enough; runs do not overlap. */
    List<Rendering> renderings(String english, List<EnglishNames.Name> names, TargetText target) {
        List<Rendering> renderings = new ArrayList<>();
        List<TargetText.Word> words = target.words();
        boolean[] taken = new boolean[words.size()];
        boolean ukrainian = isUkrainian(target.lang());
        String[] skeletons = new String[words.size()];
        Map<String, String> ofWords = sounds.ofWords(target.lang());
        for (EnglishNames.Name name : names) {
            String nameSkeleton = sounds.ofName(name.key());
            if (nameSkeleton.length() < SHORTEST_SKELETON) {
                continue;
            }
            int[] nameLetters = Sounds.histogram(nameSkeleton);
            int longest = name.words() + 1;
            double best = ENOUGH_ALIKE - 1e-9;
            int bestFrom = -1;
            int bestTo = -1;
            for (int from = 0; from < words.size(); from++) {
                if (taken[from] || (ukrainian && !startsCapitalised(target, words.get(from)))) {
                    continue;
                }
                if (skeleton(target, ofWords, skeletons, from).isEmpty()) {
                    continue; // a run does not start with a word of vowels only (І, 이)
                }
                StringBuilder skeleton = new StringBuilder();
                int[] letters = new int[nameLetters.length];
                for (int to = from; to < words.size() && to - from < longest; to++) {
                    if (taken[to] || (to > from && (!target.spaceBefore(to)
                            || (ukrainian && !startsCapitalised(target, words.get(to)))))) {
                        break;
                    }
                    String ofWord = skeleton(target, ofWords, skeletons, to);
                    skeleton.append(ofWord);
                    Sounds.add(letters, ofWord);
                    if (skeleton.length() * ENOUGH_ALIKE > nameSkeleton.length() + 1e-9) {
                        break; // too long already, and a longer run is longer still
                    }
                    if (ofWord.isEmpty()) {
                        continue; // nor end with one
                    }
                    int longer = Math.max(nameSkeleton.length(), skeleton.length());
                    if (Math.abs(nameSkeleton.length() - skeleton.length()) > (1 - ENOUGH_ALIKE) * longer) {
                        continue; // the lengths alone rule it out, without the edit distance
                    }
                    if (Sounds.leastDistance(nameLetters, letters) > (1 - best) * longer + 1e-9) {
                        continue; // the letters alone rule it out
                    }
                    double alike = Sounds.similarityAbove(nameSkeleton, skeleton, best);
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

    /** The consonant skeleton of word {@code k}, looked up once per text. */
    private static String skeleton(TargetText target, Map<String, String> ofWords, String[] skeletons, int k) {
        if (skeletons[k] == null) {
            skeletons[k] = ofWords.computeIfAbsent(target.words().get(k).folded(),
                    folded -> Sounds.skeleton(RenderingKeys.latin(target.lang(), RenderingKeys.word(target.lang(), folded))));
        }
        return skeletons[k];
    }
}
