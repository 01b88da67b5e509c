package org.triptych.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTest {

    private static Paragraph paragraph(String id, String source) {
        return new Paragraph(id, source, Map.of(), "", Map.of(), 0);
    }

    @Test
    void statusCellsParseCaseInsensitivelyAndUnknownWordsGiveNull() {
        assertThat(Status.fromCell("")).isEqualTo(Status.NONE);
        assertThat(Status.fromCell(null)).isEqualTo(Status.NONE);
        assertThat(Status.fromCell(" Reviewed ")).isEqualTo(Status.REVIEWED);
        assertThat(Status.fromCell("draft")).isEqualTo(Status.DRAFT);
        assertThat(Status.fromCell("done")).isNull();
        assertThat(Status.TRANSLATED.isDone()).isTrue();
        assertThat(Status.DRAFT.isDone()).isFalse();
        assertThat(Status.NONE.cell()).isEmpty();
    }

    @Test
    void paragraphWithersReturnCopiesAndLeaveTheOriginalAlone() {
        Paragraph original = paragraph("p1", "Hello");

        Paragraph changed = original.withTarget("ko", new Translation("안녕", Status.DRAFT)).withNote("n");

        assertThat(original.target("ko")).isEqualTo(Translation.EMPTY);
        assertThat(original.note()).isEmpty();
        assertThat(changed.target("ko")).isEqualTo(new Translation("안녕", Status.DRAFT));
        assertThat(changed.note()).isEqualTo("n");
        assertThat(changed.withSource("Hi").source()).isEqualTo("Hi");
    }

    @Test
    void recordsCopyTheirCollectionsSoLaterChangesDoNotLeakIn() {
        Map<String, Translation> targets = new HashMap<>();
        targets.put("uk", new Translation("Привіт", Status.NONE));
        Paragraph p = new Paragraph("p1", "Hello", targets, "", Map.of(), 0);

        targets.clear();

        assertThat(p.target("uk").text()).isEqualTo("Привіт");
        assertThatThrownBy(() -> p.targets().put("ko", Translation.EMPTY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void blankTranslationIsEmpty() {
        assertThat(new Translation(" \n", Status.NONE).isEmpty()).isTrue();
        assertThat(new Translation("x", Status.NONE).withText("y").withStatus(Status.REVIEWED))
                .isEqualTo(new Translation("y", Status.REVIEWED));
    }

    @Test
    void documentFindsAndReplacesParagraphsById() {
        Document doc = new Document(Path.of("translations/article.csv"), List.of("id", "en"), List.of(),
                List.of(paragraph("p1", "One"), paragraph("p2", "Two")));

        Document changed = doc.withParagraph(paragraph("p2", "Zwei"));

        assertThat(doc.name()).isEqualTo("article");
        assertThat(doc.indexOf("p2")).isEqualTo(1);
        assertThat(doc.indexOf("p9")).isEqualTo(-1);
        assertThat(changed.paragraph("p2").orElseThrow().source()).isEqualTo("Zwei");
        assertThat(doc.paragraph("p2").orElseThrow().source()).isEqualTo("Two");
        assertThatThrownBy(() -> doc.withParagraph(paragraph("p9", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conceptGivesPreferredTermsAndEmptyListsForMissingLanguages() {
        Concept kyiv = new Concept(
                Map.of("en", List.of(new Term("en", "Kyiv", true)),
                        "uk", List.of(new Term("uk", "Київ", true), new Term("uk", "м. Київ", false))),
                Map.of("uk", List.of("Киев")), "", Map.of(), 3);

        assertThat(kyiv.english()).isEqualTo("Kyiv");
        assertThat(kyiv.preferred("uk")).isEqualTo("Київ");
        assertThat(kyiv.preferred("ko")).isEmpty();
        assertThat(kyiv.terms("ko")).isEmpty();
        assertThat(kyiv.forbidden("uk")).containsExactly("Киев");
        assertThat(kyiv.forbidden("ko")).isEmpty();
    }

    @Test
    void conceptsAreEqualWhenEveryPartIsAndThenHashAlike() {
        Concept kyiv = new Concept(Map.of("en", List.of(new Term("en", "Kyiv", true)), "uk", List.of(new Term("uk", "Київ", true))),
                Map.of("uk", List.of("Киев")), "place", Map.of("gender", "n"), 3);
        Concept same = new Concept(Map.of("uk", List.of(new Term("uk", "Київ", true)), "en", List.of(new Term("en", "Kyiv", true))),
                Map.of("uk", List.of("Киев")), "place", Map.of("gender", "n"), 3);
        assertThat(same).isEqualTo(kyiv).hasSameHashCodeAs(kyiv);
        assertThat(new Concept(kyiv.terms(), Map.of(), "place", Map.of("gender", "n"), 3)).isNotEqualTo(kyiv);
        assertThat(new Concept(kyiv.terms(), kyiv.forbidden(), "city", Map.of("gender", "n"), 3)).isNotEqualTo(kyiv);
        assertThat(new Concept(kyiv.terms(), kyiv.forbidden(), "place", Map.of(), 3)).isNotEqualTo(kyiv);
        assertThat(new Concept(kyiv.terms(), kyiv.forbidden(), "place", Map.of("gender", "n"), 4)).isNotEqualTo(kyiv);
        assertThat(new Concept(Map.of("en", List.of(new Term("en", "Kyiv", true))), kyiv.forbidden(), "place",
                Map.of("gender", "n"), 3)).isNotEqualTo(kyiv);
    }

    @Test
    void workspaceListsTheConceptsOfAllGlossariesInOrder() {
        Concept a = new Concept(Map.of("en", List.of(new Term("en", "A", true))), Map.of(), "", Map.of(), 2);
        Concept b = new Concept(Map.of("en", List.of(new Term("en", "B", true))), Map.of(), "", Map.of(), 2);
        Workspace ws = new Workspace(Path.of("."), List.of(), List.of(
                new Glossary(Path.of("glossaries/a.csv"), List.of("en"), List.of("en"), List.of(a)),
                new Glossary(Path.of("glossaries/b.csv"), List.of("en"), List.of("en"), List.of()).withConcept(b)));

        assertThat(ws.concepts()).extracting(Concept::english).containsExactly("A", "B");
    }
}
