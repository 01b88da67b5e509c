package org.triptych.team;

import org.junit.jupiter.api.Test;
import org.triptych.io.CsvTable;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every merge case of a team workspace, on the file contents alone: documents by paragraph and cell, glossaries by concept. */
class TableMergeTest {

    private static final String DOC = "translations/a.csv";
    private static final String GLOSSARY = "glossaries/g.csv";

    static TableMerge.Table csv(String text) throws Exception {
        return TableMerge.Table.of(CsvTable.parse(Path.of("t.csv"), text));
    }

    static TableMerge.Result merge(String file, String base, String ours, String theirs) throws Exception {
        TableMerge.Table b = csv(base);
        TableMerge.Table o = csv(ours);
        TableMerge.Table t = csv(theirs);
        return TableMerge.merge(file, CsvKind.of(file, o.header()), b, o, t);
    }

    private static final String BASE_DOC = """
            id,en,ko,ko_status,uk,uk_status,note,reviewer
            p1,One,,,,,,
            p2,Two,,,,,,
            """;

    @Test
    void differentCellsOfOneRowMergeCleanly() throws Exception {
        var result = merge(DOC, BASE_DOC,
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,하나,draft,,,,"),
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,,,Один,translated,,"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().format()).isEqualTo("""
                id,en,ko,ko_status,uk,uk_status,note,reviewer
                p1,One,하나,draft,Один,translated,,
                p2,Two,,,,,,
                """);
    }

    @Test
    void aParagraphAddedOnOneSideAndAnotherEditedOnTheOther() throws Exception {
        var result = merge(DOC, BASE_DOC,
                BASE_DOC + "p3,Three,,,,,,\n",
                BASE_DOC.replace("p2,Two,,,,,,", "p2,Two,,,Два,,,"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().format()).isEqualTo("""
                id,en,ko,ko_status,uk,uk_status,note,reviewer
                p1,One,,,,,,
                p2,Two,,,Два,,,
                p3,Three,,,,,,
                """);
    }

    @Test
    void statusNoteAndUnknownColumnsMergeAsCells() throws Exception {
        var result = merge(DOC, BASE_DOC,
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,,reviewed,,,,Ann"),
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,,,,,check the name,"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().rows().get(0)).containsExactly("p1", "One", "", "reviewed", "", "", "check the name", "Ann");
    }

    @Test
    void aColumnAddedOnOneSideIsKeptAndTheOtherSidesRowsGetIt() throws Exception {
        String ours = BASE_DOC.replace("note,reviewer", "note,reviewer,case").replace("p1,One,,,,,,", "p1,One,,,,,,,nominative")
                .replace("p2,Two,,,,,,", "p2,Two,,,,,,,");
        var result = merge(DOC, BASE_DOC, ours, BASE_DOC + "p3,Three,,,,,,\n");
        assertThat(result.merged().header()).endsWith("reviewer", "case");
        assertThat(result.merged().rows()).hasSize(3);
        assertThat(result.merged().rows().get(0)).endsWith("nominative");
        assertThat(result.merged().rows().get(2)).containsExactly("p3", "Three", "", "", "", "", "", "", "");
    }

    @Test
    void oneCellChangedDifferentlyOnBothSidesKeepsOursAndIsAConflict() throws Exception {
        var result = merge(DOC, BASE_DOC,
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,,,Один,,,"),
                BASE_DOC.replace("p1,One,,,,,,", "p1,One,,,Одне,,,"));
        assertThat(result.merged().rows().get(0).get(4)).isEqualTo("Один");
        assertThat(result.conflicts()).containsExactly(new Conflict(DOC, "p1", "p1", "uk", "", "Один", "Одне"));
        assertThat(result.merged().format()).doesNotContain("<<<<<<<");
    }

    @Test
    void aRowDeletedOnOneSideAndEditedOnTheOtherIsKeptAsAConflict() throws Exception {
        var result = merge(DOC, BASE_DOC,
                BASE_DOC.replace("p2,Two,,,,,,\n", ""),
                BASE_DOC.replace("p2,Two,,,,,,", "p2,Two,,,Два,,,"));
        assertThat(result.merged().rows()).extracting(r -> r.get(0)).containsExactly("p1", "p2");
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.isRow()).isTrue();
            assertThat(c.ours()).isEmpty();
            assertThat(c.theirs()).contains("Два");
        });
        var untouched = merge(DOC, BASE_DOC, BASE_DOC.replace("p2,Two,,,,,,\n", ""), BASE_DOC);
        assertThat(untouched.conflicts()).isEmpty();
        assertThat(untouched.merged().rows()).hasSize(1);
    }

    private static final String BASE_GLOSSARY = """
            en,ko,uk,uk_forbidden,note,id
            Kyiv,키이우,Київ,Киев,city,c1
            Seoul,서울,Сеул,,city,c2
            """;

    @Test
    void conceptsAddedOnBothSidesAreBothKept() throws Exception {
        var result = merge(GLOSSARY, BASE_GLOSSARY,
                BASE_GLOSSARY + "Kursk,쿠르스크,Курськ,,region,c3\n",
                BASE_GLOSSARY + "Pyongyang,평양,Пхеньян,,city,c4\n");
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().rows()).extracting(r -> r.get(0)).containsExactly("Kyiv", "Seoul", "Kursk", "Pyongyang");
    }

    @Test
    void aRenderingChangedOnOneSideAndTheNoteOnTheOtherMerge() throws Exception {
        var result = merge(GLOSSARY, BASE_GLOSSARY,
                BASE_GLOSSARY.replace("Сеул,,city", "Сеул|Сеулі,,city"),
                BASE_GLOSSARY.replace("Сеул,,city,c2", "Сеул,,capital of South Korea,c2"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().rows().get(1)).containsExactly("Seoul", "서울", "Сеул|Сеулі", "", "capital of South Korea", "c2");
    }

    @Test
    void aConceptDeletedOnOneSideAndEditedOnTheOtherIsAConflict() throws Exception {
        var result = merge(GLOSSARY, BASE_GLOSSARY,
                BASE_GLOSSARY.replace("Seoul,서울,Сеул,,city,c2\n", ""),
                BASE_GLOSSARY.replace("Сеул,,city", "Сеул,,capital"));
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.isRow()).isTrue();
            assertThat(c.label()).isEqualTo("Seoul");
            assertThat(c.key()).isEqualTo("c2");
        });
        assertThat(result.merged().rows()).hasSize(2);
    }

    @Test
    void aConceptRenamedOnOneSideIsStillKnownByItsId() throws Exception {
        var result = merge(GLOSSARY, BASE_GLOSSARY,
                BASE_GLOSSARY.replace("Kyiv,키이우", "Kyiv|Kiev,키이우").replace("Kyiv|Kiev", "Kyiv City"),
                BASE_GLOSSARY.replace("Київ,Киев", "Київ,Киев|Кієв"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().rows().get(0)).containsExactly("Kyiv City", "키이우", "Київ", "Киев|Кієв", "city", "c1");
    }

    @Test
    void rowsWrittenBeforeIdsMatchTheSameConceptWithAnId() throws Exception {
        String withoutIds = """
                en,ko,uk,uk_forbidden,note
                Kyiv,키이우,Київ,Киев,city
                Seoul,서울,Сеул,,city
                """;
        var result = merge(GLOSSARY, withoutIds, BASE_GLOSSARY.replace("Сеул,,city", "Сеул,,capital"), withoutIds.replace("키이우", "키예프"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().rows()).hasSize(2);
        assertThat(result.merged().rows().get(0)).containsExactly("Kyiv", "키예프", "Київ", "Киев", "city", "c1");
        assertThat(result.merged().rows().get(1)).containsExactly("Seoul", "서울", "Сеул", "", "capital", "c2");
    }

    @Test
    void theKindOfAFileGitHandsOverUnderATemporaryNameComesFromItsHeader() {
        assertThat(CsvKind.of(".merge_file_a1", List.of("id", "en", "uk"))).isEqualTo(CsvKind.DOCUMENT);
        assertThat(CsvKind.of(".merge_file_a1", List.of("en", "uk", "uk_forbidden", "id"))).isEqualTo(CsvKind.GLOSSARY);
        assertThat(CsvKind.of("glossaries/x.csv", List.of("id", "en"))).isEqualTo(CsvKind.GLOSSARY);
    }
}
