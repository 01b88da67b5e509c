package org.triptych.check.spelling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.Terminology;
import org.triptych.model.Concept;
import org.triptych.model.Term;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words of a target a glossary rendering covers, in any form, whichever of its words is in question. */
class GlossaryWordsTest {

    private static Concept concept(String english, String lang, String rendering, String... forbidden) {
        return new Concept(Map.of("en", List.of(new Term("en", english, true)), lang, List.of(new Term(lang, rendering, true))),
                forbidden.length == 0 ? Map.of() : Map.of(lang, List.of(forbidden)), "", Map.of(), 0);
    }

    /** Many renderings sharing words and first letters, as in a large glossary, around the ones looked for. */
    private static List<Concept> glossary(String lang, List<Concept> looked) {
        List<Concept> all = new ArrayList<>();
        String[] filler = lang.equals("ko") ? new String[] {"윤석", "서울특별", "안찬", "시장님"}
                : new String[] {"Чханг", "Іллінський", "Анна", "Сибір", "Чхан-Іль"};
        for (String a : filler) {
            for (String b : filler) {
                all.add(concept(a + " " + b, lang, a + " " + b));
            }
        }
        all.addAll(looked);
        return all;
    }

    /** The words of {@code text} (all of them in question) that a rendering covers, joined by spaces in text order. */
    private static String covered(String lang, String text, Concept... concepts) {
        GlossaryWords words = new GlossaryWords(Terminology.of(glossary(lang, List.of(concepts))), lang);
        TargetText target = TargetText.of(text, lang);
        List<Integer> all = IntStream.range(0, target.words().size()).boxed().toList();
        Set<Integer> covered = new TreeSet<>(words.covered(target, all));
        return covered.stream().map(i -> target.words().get(i))
                .map(w -> text.substring(w.start(), w.end())).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Ан Чхан Іль | Книжка Ан Чхан Іля вийшла.     | Ан Чхан Іля
            uk | Ан Чхан Іль | З Ан Чхан Ілем.                 | Ан Чхан Ілем
            uk | Ан Чхан Іль | Ан Чхан прийшов, Іль пішов.     | ''
            uk | Ан Чхан Іль | Ан Чхун Іля нема.               | ''
            uk | Сибіга      | Із Сибігою говорили.            | Сибігою
            uk | І Сун Сін   | Флот І Сун Сіна переміг.        | І Сун Сіна
            uk | Ю           | Пан Ю сказав.                   | Ю
            ko | 윤석열      | 윤석열은 말했다.                | 윤석열은
            ko | 서울 시장   | 서울 시장은 말했다.             | 서울 시장은
            ko | 안 찬 일    | 안 찬 일이 왔다.                | 안 찬 일이
            """)
    void aRenderingCoversItsWordsInAnyForm(String lang, String rendering, String text, String expected) {
        assertThat(covered(lang, text, concept("name", lang, rendering))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Сибіги сказав Сибіга.   | Сибіги Сибіга
            ko | 윤석렬은 윤석열이 왔다. | 윤석렬은 윤석열이
            """)
    void aForbiddenSpellingCoversItsWordsToo(String lang, String text, String expected) {
        String admitted = lang.equals("ko") ? "윤석열" : "Сибіга";
        String forbidden = lang.equals("ko") ? "윤석렬" : "Сибіги";
        // each covers its own words: a forbidden spelling is another rule's finding, not a misspelt word
        assertThat(covered(lang, text, concept("name", lang, admitted, forbidden))).isEqualTo(expected);
    }
}
