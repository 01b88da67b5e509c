package org.triptych.morph;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Case forms of a word the dictionary does not know, such as a foreign name (Йоль, Ін, Бок), by the endings of
 * Ukrainian noun declension: hard and soft consonant stems, -й, -а/-я, -о stems, and adjective-like surnames.
 * Words ending in another vowel (Лі, Сі) do not decline; a velar before -а changes in the dative and locative
 * (Сибіга: Сибізі). Forms are folded (lower case, ASCII apostrophe).
 */
final class UkrainianEndings {

    private static final String CONSONANTS = "бвгґджзклмнпрстфхцчшщ";
    private static final String HUSHING = "жчшщ";

    private static final List<String> HARD = List.of("а", "у", "ові", "ом", "і", "е", "и", "ів", "ам", "ами", "ах");
    private static final List<String> HUSHING_STEM = List.of("а", "у", "еві", "ем", "і", "е", "і", "ів", "ам", "ами", "ах");
    private static final List<String> SOFT = List.of("я", "ю", "еві", "ем", "і", "ю", "і", "ів", "ям", "ями", "ях");
    private static final List<String> J_STEM = List.of("я", "ю", "єві", "єм", "ї", "ю", "ї", "їв", "ям", "ями", "ях");
    private static final List<String> A_STEM = List.of("и", "і", "у", "ою", "о", "ам", "ами", "ах");
    private static final List<String> A_HUSHING = List.of("і", "у", "ею", "е", "ам", "ами", "ах");
    private static final List<String> YA_STEM = List.of("і", "ю", "ею", "є", "ям", "ями", "ях");
    private static final List<String> O_STEM = List.of("а", "у", "ові", "ом", "і", "е");
    private static final List<String> ADJECTIVE_LIKE = List.of("ого", "ому", "им", "ім", "ій", "ої", "ою", "у", "а");
    /**
     * Possessive-suffix surnames in -ов/-ев/-єв (Буданов, Лавров) take -им in the instrumental, not -ом; a short
     * syllable such as a Korean Ов is no such surname. Names in -ин/-ін may be Slavic (Путіним) or Chinese and
     * Korean (Цзіньпіном, Чен Ином), so they take either.
     */
    private static final List<String> POSSESSIVE_SURNAME_SUFFIXES = List.of("ов", "ев", "єв");
    private static final List<String> IN_NAME_SUFFIXES = List.of("ин", "ін", "їн");
    private static final int POSSESSIVE_SURNAME_MIN_LENGTH = 5;
    private static final String POSSESSIVE_SURNAME_INSTRUMENTAL = "им";
    /** Dative and locative of -а nouns with a velar stem change it (Ольга: Ользі, Мишка: Мишці, Сіроха: Сіросі). */
    private static final String VELARS = "гкх";
    private static final String SIBILANTS = "зцс";
    private static final String VELAR_DATIVE = "і";

    private UkrainianEndings() {
    }

    /**
     * The folded word and its case forms.
     *
     * @param feminine a woman's name: a word ending in a consonant does not decline (Кім Йо Чжон, з Кім Йо Чжон)
     */
    static Set<String> forms(String folded, boolean feminine) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(folded);
        int n = folded.length();
        if (n < 2) {
            return forms;
        }
        char last = folded.charAt(n - 1);
        String stem = folded.substring(0, n - 1);
        if (feminine && last != 'а' && last != 'я') {
            return forms;
        }
        if (folded.endsWith("ий") || folded.endsWith("ій")) {
            addAll(forms, folded.substring(0, n - 2), ADJECTIVE_LIKE);
        } else if (last == 'ь') {
            addAll(forms, stem, SOFT);
        } else if (last == 'й') {
            addAll(forms, stem, J_STEM);
        } else if (last == 'а') {
            char beforeEnding = stem.charAt(stem.length() - 1);
            int velar = VELARS.indexOf(beforeEnding);
            if (velar >= 0) {
                addAll(forms, stem, A_STEM.stream().filter(e -> !e.equals(VELAR_DATIVE)).toList());
                forms.add(stem.substring(0, stem.length() - 1) + SIBILANTS.charAt(velar) + VELAR_DATIVE);
            } else {
                addAll(forms, stem, HUSHING.indexOf(beforeEnding) >= 0 ? A_HUSHING : A_STEM);
            }
        } else if (last == 'я') {
            addAll(forms, stem, YA_STEM);
        } else if (last == 'о') {
            addAll(forms, stem, O_STEM);
        } else if (CONSONANTS.indexOf(last) >= 0) {
            if (isPossessiveSurname(folded)) {
                addAll(forms, folded, HARD.stream().filter(e -> !e.equals("ом")).toList());
                forms.add(folded + POSSESSIVE_SURNAME_INSTRUMENTAL);
            } else {
                addAll(forms, folded, HUSHING.indexOf(last) >= 0 ? HUSHING_STEM : HARD);
                if (folded.length() >= POSSESSIVE_SURNAME_MIN_LENGTH && IN_NAME_SUFFIXES.stream().anyMatch(folded::endsWith)) {
                    forms.add(folded + POSSESSIVE_SURNAME_INSTRUMENTAL);
                }
            }
        }
        return forms;
    }

    /**
     * The singular case forms of an unknown word, one per case, each among {@link #forms}: genitive, dative,
     * accusative, instrumental and locative, the accusative like the genitive for a person ({@code animate}) and the
     * locative in -ові/-еві/-єві for a person (при Юн Сок Йолеві), in -і otherwise. Empty for a word that does not
     * decline (Лі, Сі).
     */
    static Map<RenderingForms.Case, String> caseForms(String folded, boolean animate) {
        Map<RenderingForms.Case, String> forms = new EnumMap<>(RenderingForms.Case.class);
        int n = folded.length();
        if (n < 2) {
            return forms;
        }
        char last = folded.charAt(n - 1);
        String stem = folded.substring(0, n - 1);
        String[] endings; // genitive, dative, accusative, instrumental, locative of a person, locative of a thing
        String base = stem;
        if (folded.endsWith("ий") || folded.endsWith("ій")) {
            base = folded.substring(0, n - 2);
            endings = new String[] {"ого", "ому", null, "им", "ому", "ім"};
        } else if (last == 'ь') {
            endings = new String[] {"я", "ю", null, "ем", "еві", "і"};
        } else if (last == 'й') {
            endings = new String[] {"я", "ю", null, "єм", "єві", "ї"};
        } else if (last == 'а') {
            char beforeEnding = stem.charAt(stem.length() - 1);
            boolean hushing = HUSHING.indexOf(beforeEnding) >= 0;
            endings = hushing ? new String[] {"і", "і", "у", "ею", "і", "і"} : new String[] {"и", "і", "у", "ою", "і", "і"};
            int velar = VELARS.indexOf(beforeEnding);
            if (velar >= 0) {
                // the velar turns sibilant before the dative and locative -і (Сибіга: Сибізі), as forms() has it
                Map<RenderingForms.Case, String> velarForms = caseFormsOf(stem, endings, folded, animate);
                String sibilant = stem.substring(0, stem.length() - 1) + SIBILANTS.charAt(velar) + VELAR_DATIVE;
                velarForms.put(RenderingForms.Case.DATIVE, sibilant);
                velarForms.put(RenderingForms.Case.LOCATIVE, sibilant);
                return velarForms;
            }
        } else if (last == 'я') {
            endings = new String[] {"і", "і", "ю", "ею", "і", "і"};
        } else if (last == 'о') {
            endings = new String[] {"а", "у", "", "ом", "ові", "і"};
        } else if (CONSONANTS.indexOf(last) >= 0) {
            base = folded;
            boolean hushing = HUSHING.indexOf(last) >= 0;
            String instrumental = isPossessiveSurname(folded) ? POSSESSIVE_SURNAME_INSTRUMENTAL : hushing ? "ем" : "ом";
            endings = new String[] {"а", "у", "", instrumental, hushing ? "еві" : "ові", "і"};
        } else {
            return forms;
        }
        return caseFormsOf(base, endings, folded, animate);
    }

    /**
     * @param endings genitive, dative, accusative, instrumental, locative of a person, locative of a thing; an
     *                accusative of null or "" is like the genitive for a person, like the nominative otherwise
     */
    private static Map<RenderingForms.Case, String> caseFormsOf(String base, String[] endings, String folded,
                                                                boolean animate) {
        Map<RenderingForms.Case, String> forms = new EnumMap<>(RenderingForms.Case.class);
        forms.put(RenderingForms.Case.GENITIVE, base + endings[0]);
        forms.put(RenderingForms.Case.DATIVE, base + endings[1]);
        boolean ownAccusative = endings[2] != null && !endings[2].isEmpty();
        forms.put(RenderingForms.Case.ACCUSATIVE, ownAccusative ? base + endings[2] : animate ? base + endings[0] : folded);
        forms.put(RenderingForms.Case.INSTRUMENTAL, base + endings[3]);
        forms.put(RenderingForms.Case.LOCATIVE, base + (animate ? endings[4] : endings[5]));
        return forms;
    }

    private static boolean isPossessiveSurname(String folded) {
        return folded.length() >= POSSESSIVE_SURNAME_MIN_LENGTH
                && POSSESSIVE_SURNAME_SUFFIXES.stream().anyMatch(folded::endsWith);
    }

    private static void addAll(Set<String> forms, String stem, List<String> endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }
}
