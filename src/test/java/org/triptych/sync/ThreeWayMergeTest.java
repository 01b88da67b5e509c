package org.triptych.sync;

import org.junit.jupiter.api.Test;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

    private static Paragraph p(String id, String ko, String uk) {
        return new Paragraph(id, "English " + id, Map.of("ko", new Translation(ko, Status.NONE),
                "uk", new Translation(uk, Status.NONE)), "", Map.of(), 0);
    }

    private static Document doc(Paragraph... paragraphs) {
        return new Document(Path.of("a.csv"), List.of("id", "en", "ko", "uk"), List.of("ko", "uk"), List.of(paragraphs));
    }

    @Test
    void cellsChangedOnOneSideOnlyAreTakenFromThatSide() {
        Document base = doc(p("p1", "", ""), p("p2", "", ""));
        Document mine = doc(p("p1", "내 번역", ""), p("p2", "", ""));
        Document theirs = doc(p("p1", "", "їхній"), p("p2", "", "ще"));

        ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().paragraphs()).containsExactly(p("p1", "내 번역", "їхній"), p("p2", "", "ще"));
    }

    @Test
    void aCellChangedDifferentlyOnBothSidesIsAConflictSettledAsChosen() {
        Document base = doc(p("p1", "원래", ""));
        Document mine = doc(p("p1", "내 것", ""));
        Document theirs = doc(p("p1", "그들 것", ""));

        ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).containsExactly(new ThreeWayMerge.Conflict("p1", "ko", "원래", "내 것", "그들 것"));
        assertThat(result.merged().paragraphs().get(0).target("ko").text()).isEqualTo("내 것");
        Document taken = result.resolve(Map.of(result.conflicts().get(0), true));
        assertThat(taken.paragraphs().get(0).target("ko").text()).isEqualTo("그들 것");
    }

    @Test
    void paragraphsAddedOnDiskArriveAndOnesEditedHereButDeletedThereAreKept() {
        Document base = doc(p("p1", "", ""), p("p2", "", ""));
        Document mine = doc(p("p1", "", ""), p("p2", "편집", ""));
        Document theirs = doc(p("p1", "", ""), p("p3", "", "новий"));

        ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);

        assertThat(result.merged().paragraphs()).extracting(Paragraph::id).containsExactly("p1", "p3", "p2");
    }

    @Test
    void aNoteIsMergedAsACellBesideTranslationsChangedOnDisk() {
        Document base = doc(p("p1", "", ""));
        Document mine = doc(p("p1", "", "").withNote("check the date"));
        Document theirs = doc(p("p1", "그들 것", ""));

        ThreeWayMerge.Result result = ThreeWayMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().paragraphs().get(0).note()).isEqualTo("check the date");
        assertThat(result.merged().paragraphs().get(0).target("ko").text()).isEqualTo("그들 것");

        Document theirNote = doc(p("p1", "", "").withNote("the date is right"));
        ThreeWayMerge.Result both = ThreeWayMerge.merge(base, mine, theirNote);
        assertThat(both.conflicts()).containsExactly(
                new ThreeWayMerge.Conflict("p1", "note", "", "check the date", "the date is right"));
    }

    @Test
    void keptColumnsChangedHereSurviveADiskMergeAndTheirsStayOtherwise() {
        Paragraph filled = p("p1", "감사합니다", "").withExtra("ko_origin", "repetition:p2").withExtra("client", "A");
        Document base = doc(p("p1", "", "").withExtra("client", "A"));
        Document mine = doc(filled);
        Document theirs = doc(p("p1", "", "Дякую").withExtra("client", "B"));

        Paragraph merged = ThreeWayMerge.merge(base, mine, theirs).merged().paragraphs().get(0);

        assertThat(merged.extra()).containsEntry("ko_origin", "repetition:p2").containsEntry("client", "B");
        assertThat(merged.target("ko").text()).isEqualTo("감사합니다");
        assertThat(merged.target("uk").text()).isEqualTo("Дякую");
    }
}
