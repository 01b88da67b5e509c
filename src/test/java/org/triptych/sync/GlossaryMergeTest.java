package org.triptych.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triptych.io.BadFileException;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Three-way merge of glossaries by concept: each case gives base, mine (here), theirs (disk) and the result as CSV. */
class GlossaryMergeTest {

    private static final Path FILE = Path.of("glossaries", "names.csv");

    /** One merge: the expected file and the conflicts as {@code concept/column: mine|theirs}. */
    record Case(String name, String base, String mine, String theirs, String merged, List<String> conflicts) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case merge(String name, String base, String mine, String theirs, String merged, String... conflicts) {
        return new Case(name, base, mine, theirs, merged, List.of(conflicts));
    }

    private static final String BASE = """
            en,ko,uk,note
            Kyiv,키이우,Київ,capital
            Seoul,서울,Сеул,
            Lviv,르비우,Львів,
            """;

    static Stream<Case> cases() {
        return Stream.of(
                merge("nothing changed anywhere", BASE, BASE, BASE, BASE),
                merge("one concept changed on disk and another here: both kept", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,here
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우|키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우|키예프,Київ,capital
                        Seoul,서울,Сеул,here
                        Lviv,르비우,Львів,
                        """),
                merge("different cells of one concept: both kept", BASE, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital city
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital city
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """),
                merge("the same change on both sides is no conflict", BASE, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """),
                merge("the same cell changed differently: a conflict, mine kept until settled", BASE, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,끼이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, "Kyiv/ko: 키예프|끼이우"),
                merge("concepts added on both sides: both kept, mine after its neighbour here", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Odesa,오데사,Одеса,
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        Kharkiv,하르키우,Харків,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Odesa,오데사,Одеса,
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        Kharkiv,하르키우,Харків,
                        """),
                merge("one English added on both sides is one concept, its cells merged", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        Odesa,오데사,,port
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        odesa,,Одеса,harbour
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        Odesa,오데사,Одеса,port
                        """, "Odesa/en: Odesa|odesa", "Odesa/note: port|harbour"),
                merge("deleted here, untouched on disk: gone", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """, BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """),
                merge("deleted on disk, untouched here: gone", BASE, BASE, """
                        en,ko,uk,note
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,
                        """),
                merge("deleted here, edited on disk: the edit is kept", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,South Korea
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,South Korea
                        Lviv,르비우,Львів,
                        """),
                merge("deleted on disk, edited here: the edit is kept in its place", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,here
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,here
                        Lviv,르비우,Львів,
                        """),
                merge("deleted on both sides: gone", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        """),
                merge("rows sorted on disk: the disk's order, the edit here kept", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우|리비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우,Львів,
                        Seoul,서울,Сеул,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Lviv,르비우|리비우,Львів,
                        Seoul,서울,Сеул,
                        """),
                merge("English case and spacing changed on disk: still the same concept", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,here
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        LVIV,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        LVIV,르비우,Львів,here
                        """),
                merge("preferred English changed, the old one kept as an alternative", """
                        en,ko,uk,note
                        Kiev,키예프,Київ,
                        """, """
                        en,ko,uk,note
                        Kiev,키이우,Київ,
                        """, """
                        en,ko,uk,note
                        Kyiv|Kiev,키예프,Київ,
                        """, """
                        en,ko,uk,note
                        Kyiv|Kiev,키이우,Київ,
                        """),
                merge("English retyped on disk, every other cell the same: still the same concept", BASE, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        Lviv,르비우,Львів,western city
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        L'viv,르비우,Львів,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,capital
                        Seoul,서울,Сеул,
                        L'viv,르비우,Львів,western city
                        """),
                merge("concepts sharing an English term are matched in order", """
                        en,ko,uk,note
                        lead,납,свинець,metal
                        lead,선두,лідерство,position
                        """, """
                        en,ko,uk,note
                        lead,납,свинець,the metal
                        lead,선두,лідерство,position
                        """, """
                        en,ko,uk,note
                        lead,납,свинець,metal
                        lead,선두|리드,лідерство,position
                        """, """
                        en,ko,uk,note
                        lead,납,свинець,the metal
                        lead,선두|리드,лідерство,position
                        """),
                merge("an unknown column is kept and merged like the others", """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,news
                        Seoul,서울,Сеул,
                        """, """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,news
                        Seoul,서울,Сеул,atlas
                        """, """
                        en,ko,uk,source
                        Kyiv,키예프,Київ,news
                        Seoul,서울,Сеул,
                        """, """
                        en,ko,uk,source
                        Kyiv,키예프,Київ,news
                        Seoul,서울,Сеул,atlas
                        """),
                merge("a language added on disk and a forbidden column added here: both kept", """
                        en,ko,uk
                        Kyiv,키이우,Київ
                        """, """
                        en,ko,uk,uk_forbidden
                        Kyiv,키이우,Київ,Киев
                        """, """
                        en,ko,uk,de
                        Kyiv,키이우,Київ,Kyjiw
                        """, """
                        en,ko,uk,de,uk_forbidden
                        Kyiv,키이우,Київ,Kyjiw,Киев
                        """),
                merge("a column removed on disk and untouched here stays removed", """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,news
                        """, """
                        en,ko,uk,source
                        Kyiv,키이우|키예프,Київ,news
                        """, """
                        en,ko,uk
                        Kyiv,키이우,Київ
                        """, """
                        en,ko,uk
                        Kyiv,키이우|키예프,Київ
                        """),
                merge("a column removed on disk but edited here comes back", """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,news
                        """, """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,press
                        """, """
                        en,ko,uk
                        Kyiv,키이우,Київ
                        """, """
                        en,ko,uk,source
                        Kyiv,키이우,Київ,press
                        """),
                merge("a row without English is recognised by its other cells", """
                        en,ko,uk,note
                        ,,,check the spelling of names
                        Kyiv,키이우,Київ,
                        """, """
                        en,ko,uk,note
                        ,,,check the spelling of names
                        Kyiv,키예프,Київ,
                        """, """
                        en,ko,uk,note
                        Kyiv,키이우,Київ,
                        ,,,check the spelling of names
                        """, """
                        en,ko,uk,note
                        Kyiv,키예프,Київ,
                        "",,,check the spelling of names
                        """),
                merge("a new file (empty base) on both sides", "en,ko,uk\n", """
                        en,ko,uk
                        Kyiv,키이우,
                        """, """
                        en,ko,uk
                        Kyiv,,Київ
                        Seoul,서울,Сеул
                        """, """
                        en,ko,uk
                        Kyiv,키이우,Київ
                        Seoul,서울,Сеул
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesByConcept(Case c) throws Exception {
        GlossaryMerge.Result result = GlossaryMerge.merge(read(c.base()), read(c.mine()), read(c.theirs()));

        assertThat(GlossaryCodec.format(result.merged())).isEqualTo(c.merged());
        assertThat(result.conflicts()).extracting(x -> x.concept() + "/" + x.column() + ": " + x.mine() + "|" + x.theirs())
                .containsExactlyElementsOf(c.conflicts());
        assertThat(result.merged().path()).isEqualTo(FILE);
    }

    @Test
    void aConflictSettledAsTheirsTakesTheDiskCellAndKeepsEveryOtherMerge() throws Exception {
        Glossary base = read(BASE);
        Glossary mine = read("""
                en,ko,uk,note
                Kyiv,키예프,Київ,capital
                Seoul,서울,Сеул,
                Lviv,르비우,Львів,
                Odesa,오데사,Одеса,
                """);
        Glossary theirs = read("""
                en,ko,uk,note
                Kyiv,끼이우,Київ,capital city
                Seoul,서울,Сеул,
                Lviv,르비우,Львів,
                """);

        GlossaryMerge.Result result = GlossaryMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).hasSize(1);
        GlossaryMerge.Conflict conflict = result.conflicts().get(0);
        assertThat(conflict).isEqualTo(new GlossaryMerge.Conflict(0, "Kyiv", "ko", "키이우", "키예프", "끼이우"));
        assertThat(GlossaryCodec.format(result.resolve(Map.of(conflict, true)))).isEqualTo("""
                en,ko,uk,note
                Kyiv,끼이우,Київ,capital city
                Seoul,서울,Сеул,
                Lviv,르비우,Львів,
                Odesa,오데사,Одеса,
                """);
        assertThat(GlossaryCodec.format(result.resolve(Map.of()))).isEqualTo(GlossaryCodec.format(result.merged()));
    }

    @Test
    void aConflictAfterAConceptAddedHereStillPointsAtItsRow() throws Exception {
        GlossaryMerge.Result result = GlossaryMerge.merge(read(BASE), read("""
                en,ko,uk,note
                Odesa,오데사,Одеса,
                Kyiv,키이우,Київ,capital
                Seoul,서울,Сеул,mine
                Lviv,르비우,Львів,
                """), read("""
                en,ko,uk,note
                Kyiv,키이우,Київ,capital
                Seoul,서울,Сеул,theirs
                Lviv,르비우,Львів,
                """));

        GlossaryMerge.Conflict conflict = result.conflicts().get(0);
        assertThat(result.merged().concepts().get(conflict.row()).english()).isEqualTo("Seoul");
        assertThat(result.resolve(Map.of(conflict, true)).concepts().get(conflict.row()).note()).isEqualTo("theirs");
    }

    @Test
    void sameContentIgnoresSourceLinesButNotCells() throws Exception {
        Glossary a = read(BASE);
        Glossary shifted = read("\n\n" + BASE);
        assertThat(a).isNotEqualTo(shifted);
        assertThat(GlossaryMerge.sameContent(a, shifted)).isTrue();
        assertThat(GlossaryMerge.sameContent(a, read(BASE.replace("Сеул", "Сеул|Сеуле")))).isFalse();
    }

    private static Glossary read(String csv) throws BadFileException {
        return GlossaryCodec.fromTable(CsvTable.parse(FILE, csv));
    }
}
