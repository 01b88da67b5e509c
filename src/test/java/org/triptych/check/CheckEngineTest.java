package org.triptych.check;

import org.junit.jupiter.api.Test;
import org.triptych.i18n.CoreMessages;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triptych.check.TerminologyCheckTest.DOC;
import static org.triptych.check.TerminologyCheckTest.concept;

class CheckEngineTest {

    private static final Path SETTINGS = Path.of("ws", CheckSettings.FILE);

    private final Terminology terminology = Terminology.of(List.of(
            concept("Kyiv", "키이우", "Київ", "Киев", "키예프"),
            concept("Yoon Suk Yeol", "윤석열", "Юн Сок Йоль", "", "")));

    private static Paragraph paragraph(String en, String uk, Status status) {
        return new Paragraph("p1", en, Map.of("uk", new Translation(uk, status)), "", Map.of(), 2);
    }

    private static CheckSettings settings(String text) throws Exception {
        return CheckSettings.parse(SETTINGS, text);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void eachRuleStandsAloneAndTheSuppressionPassHidesAMissingTermWrittenInAForbiddenSpelling() throws Exception {
        Paragraph p = paragraph("Shelling in Kyiv.", "Обстріл у Киеве.", Status.TRANSLATED);

        assertThat(rules(CheckEngine.standard(terminology, CheckSettings.defaults()).check(DOC, p, "uk")))
                .containsExactly("forbidden-variant");
        // Alone, missing-term reports what it sees: no rendering of Kyiv (it used to depend on forbidden-variant
        // having run first and filled a shared set).
        assertThat(rules(CheckEngine.standard(terminology, settings("rule.forbidden-variant.enabled=false\n"))
                .check(DOC, p, "uk"))).containsExactly("missing-term");
        assertThat(rules(new MissingTermRule(terminology).check(context(p)))).containsExactly("missing-term");
        assertThat(rules(new ForbiddenVariantRule(terminology).check(context(p)))).containsExactly("forbidden-variant");
    }

    @Test
    void theOrderOfTheRulesDoesNotChangeTheFindings() {
        Paragraph p = paragraph("Yoon Suk Yeol went to Kyiv.", "Президент поїхав до Киева.", Status.TRANSLATED);
        List<Rule> rules = new ArrayList<>(List.of(new ForbiddenVariantRule(terminology), new MissingTermRule(terminology)));
        List<Suppression> suppressions = List.of(Suppression.sameTerm(ForbiddenVariantRule.ID, MissingTermRule.ID));
        List<Finding> forward = new CheckEngine(terminology, rules, suppressions, CheckSettings.defaults()).check(DOC, p, "uk");
        Collections.reverse(rules);
        List<Finding> backward = new CheckEngine(terminology, rules, suppressions, CheckSettings.defaults()).check(DOC, p, "uk");

        assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
        assertThat(forward).extracting(f -> f.rule() + " " + f.term())
                .containsExactlyInAnyOrder("forbidden-variant Kyiv", "missing-term Yoon Suk Yeol");
    }

    @Test
    void severityComesFromTheRuleOrTheSettingsAndADraftGivesHints() throws Exception {
        Paragraph done = paragraph("Kyiv", "Киев", Status.TRANSLATED);
        Paragraph draft = paragraph("Kyiv", "Киев", Status.DRAFT);
        CheckEngine defaults = CheckEngine.standard(terminology, CheckSettings.defaults());
        CheckEngine warnings = CheckEngine.standard(terminology, settings("rule.forbidden-variant.severity=warning\n"));
        CheckEngine draftsAsIs = CheckEngine.standard(terminology, settings("check.drafts-as-hints=false\n"));

        assertThat(defaults.check(DOC, done, "uk")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(warnings.check(DOC, done, "uk")).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(defaults.check(DOC, draft, "uk")).extracting(Finding::severity).containsExactly(Severity.HINT);
        assertThat(draftsAsIs.check(DOC, draft, "uk")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void aRuleRegisteredFromOutsideRunsThroughTheEngineWithItsSpanAndMessage() throws Exception {
        // The built-in typography rule would report the same space; off here to see the outside rule alone.
        CheckEngine engine = CheckEngine.standard(terminology,
                settings("rule.typography.space-before-punctuation.enabled=false\n")).withRule(new SpaceBeforeComma());
        Paragraph p = paragraph("Kyiv, at last.", "Київ , нарешті.", Status.TRANSLATED);

        List<Finding> findings = engine.check(DOC, p, "uk");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("space-before-comma");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.target("uk").text().substring(f.start(), f.end())).isEqualTo(" ,");
            assertThat(FindingsText.line(f, Path::toString, CoreMessages.english()))
                    .isEqualTo("translations/x.csv:2: [uk] space-before-comma: a space before a comma");
        });
        assertThat(engine.rules()).extracting(Rule::id).contains("missing-term", "forbidden-variant", "space-before-comma");
    }

    /** A rule written in a test: " ," in a target. */
    private static final class SpaceBeforeComma implements Rule {
        @Override
        public String id() {
            return "space-before-comma";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public List<Finding> check(CheckContext target) {
            int at = target.target().text().indexOf(" ,");
            return at < 0 ? List.of()
                    : List.of(target.finding(id(), new org.triptych.morph.Span(at, at + 2), null, "a space before a comma"));
        }
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> new CheckEngine(terminology, List.of(new MissingTermRule(terminology),
                new MissingTermRule(terminology)), List.of(), CheckSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing-term");
    }

    @Test
    void aDocumentCheckReportsProgressAndStopsWhenCancelled() {
        List<Paragraph> paragraphs = IntStream.range(0, 200)
                .mapToObj(i -> new Paragraph("p" + i, "Kyiv", Map.of("uk", new Translation("Киев", Status.TRANSLATED)),
                        "", Map.of(), i + 2))
                .toList();
        Document document = new Document(DOC, List.of("id", "en", "uk"), List.of("uk"), paragraphs);
        CheckEngine engine = CheckEngine.standard(terminology, CheckSettings.defaults());
        List<Integer> steps = Collections.synchronizedList(new ArrayList<>());

        List<Finding> findings = engine.check(document, List.of("uk"), new Progress() {
            @Override
            public void step(int done, int total) {
                assertThat(total).isEqualTo(200);
                steps.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });

        assertThat(findings).hasSize(200);
        assertThat(steps).contains(0, 200).hasSize(201);
        assertThatThrownBy(() -> engine.check(document, List.of("uk"), new Progress() {
            @Override
            public void step(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void aLargeDocumentStreamsEachParagraphsFindingsInDocumentOrderOnTheCallingThread() {
        // Every third paragraph is clean; the others write Kyiv in its forbidden spelling or leave it out.
        List<Paragraph> paragraphs = IntStream.range(0, 1000)
                .mapToObj(i -> new Paragraph("p" + i, "Kyiv", Map.of("uk", new Translation(
                        i % 3 == 0 ? "Київ" : i % 3 == 1 ? "Киев" : "місто", Status.TRANSLATED)), "", Map.of(), i + 2))
                .toList();
        Document document = new Document(DOC, List.of("id", "en", "uk"), List.of("uk"), paragraphs);
        CheckEngine engine = CheckEngine.standard(terminology, CheckSettings.defaults());
        Thread caller = Thread.currentThread();
        List<List<Finding>> streamed = new ArrayList<>();

        engine.check(document, List.of("uk"), Progress.NONE, ofParagraph -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            streamed.add(ofParagraph);
        });

        assertThat(streamed).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(streamed.get(i)).isEqualTo(engine.check(DOC, paragraphs.get(i), "uk"));
            assertThat(streamed.get(i)).extracting(Finding::rule)
                    .containsExactly(i % 3 == 0 ? new String[0] : new String[] {i % 3 == 1 ? "forbidden-variant" : "missing-term"});
        }
        assertThat(streamed.stream().flatMap(List::stream).toList()).isEqualTo(engine.check(document, List.of("uk")));
    }

    private CheckContext context(Paragraph p) {
        List<org.triptych.glossary.TermHit> hits = terminology.termsIn(p.source());
        return new CheckContext(DOC, p, "uk", hits, CheckContext.firstHits(hits),
                Map.of("missing-term", Severity.ERROR, "forbidden-variant", Severity.ERROR), true);
    }

    @Test
    void conceptOfTheContextIsTheFirstMention() {
        Paragraph p = paragraph("Kyiv and Kyiv again.", "Столиця.", Status.TRANSLATED);
        CheckContext context = context(p);
        Concept kyiv = context.mentioned().keySet().iterator().next();
        assertThat(context.mentioned().get(kyiv).start()).isZero();
        assertThat(context.termHits()).hasSize(2);
    }
}
