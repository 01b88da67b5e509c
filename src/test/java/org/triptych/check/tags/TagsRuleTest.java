package org.triptych.check.tags;

import org.junit.jupiter.api.Test;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.RuleRunner;
import org.triptych.check.Terminology;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tags rule, and the other rules reading past the tags. */
class TagsRuleTest {

    private static final String ENGLISH = "Officials met for <b1>three hours</b1>; see <a2>the statement</a2><x3/>.";

    private static List<Finding> tags(String target) {
        return RuleRunner.check(new TagsRule(), ENGLISH, "uk", target);
    }

    @Test
    void tagsMovedWithTheWordsAreRight() {
        assertThat(tags("Див. <a2>заяву</a2><x3/>: посадовці зустрілися на <b1>три години</b1>.")).isEmpty();
    }

    @Test
    void aMissingTagIsReportedAtItsPlaceInTheEnglish() {
        List<Finding> findings = tags("Посадовці зустрілися на три години; див. <a2>заяву</a2><x3/>.");
        assertThat(findings).extracting(Finding::messageKey).containsExactly("finding.tags.missing", "finding.tags.missing");
        assertThat(findings.get(1).arguments()).containsExactly("</b1>");
        assertThat(findings.get(0).arguments()).containsExactly("<b1>");
        assertThat(ENGLISH.substring(findings.get(0).sourceStart(), findings.get(0).sourceEnd())).isEqualTo("<b1>");
    }

    @Test
    void anExtraTagIsMarkedAndItsFixRemovesIt() {
        String target = "Посадовці зустрілися на <b1>три години</b1>; див. <a2>заяву</a2><x3/><x3/>.";
        List<Finding> findings = tags(target);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("finding.tags.extra");
            assertThat(f.found()).isEqualTo("<x3/>");
            assertThat(f.applyFix(target)).isEqualTo("Посадовці зустрілися на <b1>три години</b1>; див. <a2>заяву</a2><x3/>.");
        });
    }

    @Test
    void aPairClosedBeforeItOpensOrCrossingAnotherIsMisordered() {
        assertThat(tags("Посадовці зустрілися на </b1>три години<b1>; див. <a2>заяву</a2><x3/>."))
                .extracting(Finding::messageKey).containsOnly("finding.tags.misordered");
        assertThat(tags("Посадовці <b1>зустрілися <a2>на</b1> заяву</a2><x3/>."))
                .extracting(Finding::messageKey).containsExactly("finding.tags.misordered");
    }

    @Test
    void theRuleComesFromItsProviderOnTheClassPath() {
        CheckEngine engine = CheckEngine.standard(Terminology.of(List.of()), CheckSettings.defaults());
        assertThat(engine.rules()).extracting(r -> r.id()).contains(TagsRule.ID);
    }

    @Test
    void otherRulesDoNotReadTheTagsAsNumbersOrMarks() {
        CheckEngine engine = CheckEngine.standard(Terminology.of(List.of()), CheckSettings.defaults());
        Paragraph p = new Paragraph("p1", "They met <b1>twice</b1> in <i2>Kyiv</i2>.",
                Map.of("uk", new Translation("Вони зустрілися <b1>двічі</b1> в <i2>Києві</i2>.", Status.TRANSLATED)), "",
                Map.of(), 2);
        assertThat(engine.check(Path.of("translations", "x.csv"), p, "uk")).isEmpty();
        Paragraph unpunctuated = p.withTarget("uk", new Translation("Вони зустрілися <b1>двічі</b1> в <i2>Києві</i2>",
                Status.TRANSLATED));
        assertThat(engine.check(Path.of("translations", "x.csv"), unpunctuated, "uk")).extracting(Finding::rule)
                .containsExactly("typography.final-punctuation");
    }
}
