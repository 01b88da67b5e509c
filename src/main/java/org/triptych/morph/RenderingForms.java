package org.triptych.morph;

import org.triptych.morph.UkrainianDictionary.Analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms a glossary rendering takes in a sentence, for inserting it as the sentence needs: the Ukrainian case
 * forms, singular and plural, from the dictionary (Курська область, Курської області…), and for a name it does not
 * know the forms the check accepts, last word only (Юн Сок Йоля, Юн Сок Йолю, Юн Сок Йолем…); the case a preceding
 * preposition governs; a capital at the start of a sentence; the Korean particle that fits the noun's last sound
 * (푸틴은, not 푸틴는). Thread-safe; forms are computed once per rendering and kept.
 */
public final class RenderingForms {

    /** The cases a rendering is inserted in (the vocative is left out: a glossary term is seldom called to). */
    public enum Case { NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, LOCATIVE }

    /** One form of a rendering: its text (cased as the rendering), its case and number. */
    public record Form(String text, Case grammaticalCase, boolean plural) {
    }

    /** Prepositions and the case they govern first (у/в + locative, до/з + genitive). */
    private static final Map<String, Case> PREPOSITIONS = prepositions();
    private static final int CACHE_LIMIT = 512;
    private static final Map<String, List<Form>> CACHE = new ConcurrentHashMap<>();

    private RenderingForms() {
    }

    /**
     * The texts to cycle through when {@code rendering} is inserted into a {@code lang} text after {@code before}:
     * the rendering as the glossary gives it first, then the form the preceding preposition governs, then the other
     * forms (Ukrainian: nominative to locative, singular then plural), each once; every one capitalised when it
     * starts a sentence. Languages without inflected forms here give the rendering alone.
     */
    public static List<String> cycle(String lang, String rendering, String before) {
        return cycle(lang, rendering, before, false);
    }

    /**
     * As {@link #cycle(String, String, String)}; {@code feminineName} for a woman's name (the glossary's gender
     * column), whose words ending in a consonant do not decline (Кім Йо Чжон, з Кім Йо Чжон), as the check has it.
     */
    public static List<String> cycle(String lang, String rendering, String before, boolean feminineName) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(rendering);
        if (isUkrainian(lang)) {
            List<Form> forms = ukrainian(rendering, feminineName);
            Optional<Case> governed = governedCase(before);
            governed.ifPresent(c -> forms.stream().filter(f -> f.grammaticalCase() == c).forEach(f -> texts.add(f.text())));
            forms.forEach(f -> texts.add(f.text()));
        }
        List<String> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            String cased = atSentenceStart(before, text);
            if (!result.contains(cased)) {
                result.add(cased);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The Ukrainian forms of {@code rendering}, nominative singular first: a noun phrase (adjectives, the noun, then
     * words kept as written: Міністерство закордонних справ) by the dictionary; a name with a word the dictionary does
     * not know or does not decline (Юн Сок Йоль, Кім Чен Ин) in its last word only, singular, by the endings the check
     * accepts. Empty when nothing in it declines.
     */
    public static List<Form> ukrainian(String rendering) {
        return ukrainian(rendering, false);
    }

    /** As {@link #ukrainian(String)}, for a woman's name when {@code feminineName} (see {@link #cycle}). */
    public static List<Form> ukrainian(String rendering, boolean feminineName) {
        String key = (feminineName ? "f:" : "-:") + rendering;
        List<Form> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<Form> forms = List.copyOf(computeUkrainian(rendering, feminineName));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, forms);
        return forms;
    }

    /** The case a preposition just before the insertion point governs first, if the text ends with one. */
    public static Optional<Case> governedCase(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        if (end == before.length()) {
            return Optional.empty(); // the preposition must be a word of its own, followed by a space
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        return Optional.ofNullable(PREPOSITIONS.get(before.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code text} with a capital first letter when {@code before} ends a sentence (or is empty): nothing, or a full
     * stop, question or exclamation mark, ellipsis or line break, then spaces, possibly an opening quote or bracket.
     * A rendering whose first word mixes cases (iPhone) keeps them; text in a sentence is never changed.
     */
    public static String atSentenceStart(String before, String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0)) || !startsSentence(before)) {
            return text;
        }
        int firstWordEnd = 0;
        while (firstWordEnd < text.length() && Character.isLetter(text.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        if (!text.substring(0, firstWordEnd).equals(text.substring(0, firstWordEnd).toLowerCase(Locale.ROOT))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    private static boolean startsSentence(String before) {
        int i = before.length();
        while (i > 0 && (before.charAt(i - 1) == ' ' || before.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        while (i > 0 && "«„“\"'(‹[".indexOf(before.charAt(i - 1)) >= 0) {
            i--;
        }
        while (i > 0 && (before.charAt(i - 1) == ' ' || before.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i == 0 || ".!?…\n\r".indexOf(before.charAt(i - 1)) >= 0;
    }

    /**
     * The allomorph of {@code particle} that fits after {@code noun}'s last syllable when the one typed does not
     * (푸틴 + 는 → 은, 러시아 + 을 → 를, 키이우 + 으로 → 로, 서울 + 으로 → 로); empty when it fits, when the noun
     * does not end in Hangul (either is written after Latin letters or digits) or the particle has no such pair.
     */
    public static Optional<String> fittingParticle(String noun, String particle) {
        return KoreanParticles.fitting(noun, particle);
    }

    private static boolean isUkrainian(String lang) {
        return lang.equals("uk") || lang.startsWith("uk-") || lang.startsWith("uk_");
    }

    private static List<Form> computeUkrainian(String rendering, boolean feminineName) {
        List<TargetText.Word> words = TargetText.of(rendering, "uk").words();
        if (words.isEmpty()) {
            return List.of();
        }
        List<List<Analysis>> readings = new ArrayList<>();
        for (TargetText.Word word : words) {
            readings.add(readings(rendering.substring(word.start(), word.end()), word.folded()));
        }
        int last = words.size() - 1;
        if (isEastAsianName(rendering, words, readings)) {
            String lastWord = words.get(last).folded();
            boolean declines = !feminineName || lastWord.endsWith("а") || lastWord.endsWith("я");
            return declines ? lastWordOnly(rendering, words.get(last), readings.get(last)) : List.of();
        }
        int head = -1;
        Analysis headReading = null;
        for (int k = 0; k < words.size() && head < 0; k++) {
            if (nominativeAdjective(readings.get(k)).isPresent() && k + 1 < words.size()
                    && nominativeNoun(readings.get(k + 1)).isPresent()) {
                continue; // an adjective before its noun, even when it is also a name (Курська область)
            }
            Optional<Analysis> noun = nominativeNoun(readings.get(k));
            if (noun.isPresent()) {
                head = k;
                headReading = noun.get();
            }
        }
        if (head < 0) {
            return List.of();
        }
        // adjectives before the noun agree with it; capitalised names after it decline with it (Володимир Зеленський)
        Map<Integer, Map<UkrainianParadigm.Slot, Set<String>>> declined = new LinkedHashMap<>();
        String gender = UkrainianParadigm.genderOf(headReading.tag());
        String animacy = UkrainianParadigm.hasPart(headReading.tag(), "anim") ? "ranim" : "rinanim";
        for (int k = 0; k < head; k++) {
            int index = k;
            nominativeAdjective(readings.get(k)).ifPresent(a -> declined.put(index,
                    UkrainianParadigm.forms(a, "p".equals(gender) ? null : gender, animacy)));
        }
        declined.put(head, UkrainianParadigm.forms(headReading, null, null));
        for (int k = head + 1; k < words.size(); k++) {
            TargetText.Word word = words.get(k);
            Optional<Analysis> name = readings.get(k).stream().filter(a -> a.isNoun() && a.isNominative()
                    && Folding.isCapitalised(a.lemma()) && !UkrainianParadigm.hasPart(a.tag(), "nv")).findFirst();
            if (name.isEmpty() || !Character.isUpperCase(rendering.charAt(word.start()))) {
                break;
            }
            declined.put(k, UkrainianParadigm.forms(name.get(), null, null));
        }
        boolean pluralOnly = "p".equals(gender);
        // a proper name (Київ, Південна Корея, Володимир Зеленський) is not put in the plural
        boolean proper = Folding.isCapitalised(headReading.lemma());
        boolean animate = "ranim".equals(animacy);
        List<Form> forms = new ArrayList<>();
        for (boolean plural : pluralOnly ? List.of(true) : proper ? List.of(false) : List.of(false, true)) {
            for (Case c : Case.values()) {
                UkrainianParadigm.Slot slot = new UkrainianParadigm.Slot(c, plural);
                StringBuilder text = new StringBuilder();
                int from = 0;
                boolean complete = true;
                for (Map.Entry<Integer, Map<UkrainianParadigm.Slot, Set<String>>> entry : declined.entrySet()) {
                    Set<String> options = entry.getValue().get(slot);
                    if (options == null || options.isEmpty()) {
                        complete = false;
                        break;
                    }
                    TargetText.Word word = words.get(entry.getKey());
                    text.append(rendering, from, word.start());
                    String chosen = preferred(options, entry.getValue(), c, animate);
                    text.append(casedLike(rendering.substring(word.start(), word.end()), chosen));
                    from = word.end();
                }
                if (complete) {
                    text.append(rendering.substring(from));
                    forms.add(new Form(text.toString(), c, plural));
                }
            }
        }
        return forms;
    }

    /**
     * A capitalised name of several words with one the dictionary does not know or does not decline (Лі, Чен): Korean
     * and Chinese names, of which Ukrainian declines the last word only (Кім Чен Ина, Юн Сок Йоля).
     */
    private static boolean isEastAsianName(String rendering, List<TargetText.Word> words, List<List<Analysis>> readings) {
        if (words.size() < 2) {
            return readings.get(0).isEmpty() && Character.isUpperCase(rendering.charAt(words.get(0).start()));
        }
        boolean foreignWord = false;
        for (int k = 0; k < words.size(); k++) {
            if (!Character.isUpperCase(rendering.charAt(words.get(k).start()))) {
                return false;
            }
            List<Analysis> r = readings.get(k);
            if (r.isEmpty() || r.stream().anyMatch(a -> UkrainianParadigm.hasPart(a.tag(), "nv"))) {
                foreignWord = true;
            }
        }
        return foreignWord;
    }

    private static List<Form> lastWordOnly(String rendering, TargetText.Word word, List<Analysis> readings) {
        String original = rendering.substring(word.start(), word.end());
        Optional<Analysis> known = readings.stream()
                .filter(a -> a.isNoun() && a.isNominative() && !UkrainianParadigm.hasPart(a.tag(), "nv")).findFirst();
        Map<Case, String> singular = new LinkedHashMap<>();
        if (known.isPresent()) {
            Map<UkrainianParadigm.Slot, Set<String>> slots = UkrainianParadigm.forms(known.get(), null, null);
            for (Case c : Case.values()) {
                Set<String> options = slots.get(new UkrainianParadigm.Slot(c, false));
                if (options != null && !options.isEmpty()) {
                    singular.put(c, preferred(options, slots, c, true));
                }
            }
        } else {
            singular.putAll(UkrainianEndings.caseForms(word.folded(), true));
        }
        List<Form> forms = new ArrayList<>();
        for (Case c : Case.values()) {
            String form = c == Case.NOMINATIVE ? word.folded() : singular.get(c);
            if (form != null) {
                forms.add(new Form(rendering.substring(0, word.start()) + casedLike(original, form)
                        + rendering.substring(word.end()), c, false));
            }
        }
        return forms.size() > 1 ? forms : List.of();
    }

    private static List<Analysis> readings(String original, String folded) {
        List<Analysis> readings = new ArrayList<>();
        for (Analysis a : UkrainianDictionary.get().analyse(folded)) {
            if (Folding.isAllCapitals(a.lemma()) && !Folding.isAllCapitals(original)) {
                continue; // an abbreviation (АН) is not the name written Ан
            }
            readings.add(a);
        }
        return readings;
    }

    private static Optional<Analysis> nominativeNoun(List<Analysis> readings) {
        return readings.stream().filter(a -> a.isNoun() && a.isNominative() && !UkrainianParadigm.hasPart(a.tag(), "nv"))
                .findFirst();
    }

    private static Optional<Analysis> nominativeAdjective(List<Analysis> readings) {
        return readings.stream().filter(a -> a.isAdjective() && a.isNominative()).findFirst();
    }

    /**
     * The form to use in a slot: the one the word's paradigm uses most often (області, not the rarer области); in
     * the locative of a thing one that is not also the dative (у Києві, not Києву), of a person the shared one
     * (при Зеленському).
     */
    private static String preferred(Set<String> options, Map<UkrainianParadigm.Slot, Set<String>> paradigm, Case c,
                                    boolean animate) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String option : options) {
            int score = 0;
            boolean dative = false;
            for (Map.Entry<UkrainianParadigm.Slot, Set<String>> slot : paradigm.entrySet()) {
                if (slot.getValue().contains(option)) {
                    score++;
                    dative |= slot.getKey().grammaticalCase() == Case.DATIVE && !slot.getKey().plural();
                }
            }
            if (c == Case.LOCATIVE && !dative && !animate) {
                score += 100;
            }
            if (score > bestScore) {
                best = option;
                bestScore = score;
            }
        }
        return best;
    }

    /** {@code form} (lower case, ' and г) written like {@code original}: its capitals, apostrophe and ґ. */
    static String casedLike(String original, String form) {
        StringBuilder out = new StringBuilder(form.length());
        char apostrophe = '\'';
        for (int i = 0; i < original.length(); i++) {
            if (Folding.isApostrophe(original.charAt(i))) {
                apostrophe = original.charAt(i);
            }
        }
        boolean allCapitals = original.length() > 1 && Folding.isAllCapitals(original);
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            char o = i < original.length() ? original.charAt(i) : 0;
            if (c == '\'') {
                c = apostrophe;
            } else if (c == 'г' && Character.toLowerCase(o) == 'ґ') {
                c = 'ґ';
            }
            out.append(allCapitals || Character.isUpperCase(o) ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static Map<String, Case> prepositions() {
        Map<String, Case> map = new LinkedHashMap<>();
        for (String p : List.of("у", "в", "на", "при", "по")) {
            map.put(p, Case.LOCATIVE);
        }
        for (String p : List.of("до", "з", "із", "зі", "зо", "для", "без", "від", "од", "біля", "після", "навколо",
                "серед", "замість", "крім", "окрім", "поблизу", "протягом", "щодо", "внаслідок", "всередині",
                "усередині", "проти", "коло", "вздовж", "уздовж", "навпроти", "стосовно", "близько", "посеред")) {
            map.put(p, Case.GENITIVE);
        }
        for (String p : List.of("завдяки", "всупереч", "наперекір", "назустріч")) {
            map.put(p, Case.DATIVE);
        }
        for (String p : List.of("про", "через", "крізь", "попри")) {
            map.put(p, Case.ACCUSATIVE);
        }
        for (String p : List.of("між", "над", "під", "перед", "за", "поза")) {
            map.put(p, Case.INSTRUMENTAL);
        }
        return Map.copyOf(map);
    }
}
