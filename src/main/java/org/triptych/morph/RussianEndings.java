package org.triptych.morph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Russian case forms of a word of a forbidden spelling: a forbidden variant in a Ukrainian glossary is usually
 * the Russian name, and it is written in Russian case forms (Днепропетровской области, Северной Кореи, в Николаеве,
 * Черному морю). Endings of the Russian adjective (hard, soft and velar stems together) and noun declensions are
 * put on the word's stem; forms that are no Russian word do no harm, since a forbidden phrase must match whole.
 * Forms are folded (lower case).
 */
final class RussianEndings {

    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";

    /** Every ending of a Russian adjective after its stem: hard (-ый, -ой), soft (-ий, -яя) and velar (-кий). */
    private static final List<String> ADJECTIVE = List.of(
            "ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
            "ая", "яя", "ую", "юю", "ей", "ою", "ею", "ое", "ее",
            "ые", "ие", "ых", "их", "ыми", "ими");
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие");
    /** Masculine hard stems (Николаев, Днепр): the endings after the whole word. */
    private static final List<String> HARD = List.of("а", "у", "ом", "ем", "е", "ы", "и", "ов", "ев", "ам", "ами", "ах");
    /** -а/-я nouns (Москва, Корея, область's neighbours in -ия: Россия). */
    private static final List<String> A_STEM = List.of("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ам", "ям",
            "ами", "ями", "ах", "ях");
    /** -ь nouns of both genders (область, Кремль). */
    private static final List<String> SOFT = List.of("и", "ью", "ей", "ям", "ями", "ях", "я", "ю", "ем", "е");
    /** Neuters in -о/-е (Черное море, Запорожье). */
    private static final List<String> NEUTER = List.of("а", "я", "у", "ю", "ом", "ем", "е", "и");

    private RussianEndings() {
    }

    /** The folded word and its Russian case forms. */
    static Set<String> forms(String folded) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(folded);
        int n = folded.length();
        if (n < 3) {
            return forms;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (folded.endsWith(ending) && n > ending.length() + 2) {
                addAll(forms, folded.substring(0, n - ending.length()), ADJECTIVE);
                return forms;
            }
        }
        char last = folded.charAt(n - 1);
        String stem = folded.substring(0, n - 1);
        if (CONSONANTS.indexOf(last) >= 0) {
            addAll(forms, folded, HARD);
        } else if (last == 'й') {
            addAll(forms, stem, List.of("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"));
        } else if (last == 'а' || last == 'я') {
            addAll(forms, stem, A_STEM);
            if (folded.endsWith("ия")) {
                forms.add(stem + "и"); // России, Кореи: -ии
            }
        } else if (last == 'ь') {
            addAll(forms, stem, SOFT);
        } else if (last == 'о' || last == 'е') {
            addAll(forms, stem, NEUTER);
        }
        return forms;
    }

    private static void addAll(Set<String> forms, String stem, List<String> endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }
}
