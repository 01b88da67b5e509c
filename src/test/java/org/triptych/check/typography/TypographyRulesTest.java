package org.triptych.check.typography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.RuleRunner;
import org.triptych.check.Terminology;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyRulesTest {

    private static Rule rule(String name) {
        return Typography.rules().stream().filter(r -> r.id().equals("typography." + name)).findFirst().orElseThrow();
    }

    /** The findings as "found" or "found→fix", joined by "; ". */
    private static String check(String name, String lang, String english, String target) {
        List<Finding> findings = RuleRunner.check(rule(name), english, lang, target);
        findings.forEach(f -> {
            if (f.hasFix()) {
                assertThat(f.applyFix(target)).isNotEqualTo(target);
            }
        });
        return findings.stream().map(f -> f.found() + (f.hasFix() ? "→" + f.fix() : ""))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {3} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            double-space             | uk | He spoke.             | Він  говорив.                 | '  '→' '
            double-space             | ko | He spoke.             | 그는   말했다.                   | '   '→' '
            double-space             | uk | He spoke.             | Він говорив.                  |
            double-space             | ko | He spoke.             | 그는 말했다.                     |
            space-before-punctuation | uk | Kyiv, at last.        | Київ , нарешті.               | ' ,'→','
            space-before-punctuation | uk | Is it?                | Чи так ?                      | ' ?'→'?'
            space-before-punctuation | ko | He spoke.             | 그는 말했다 .                    | ' .'→'.'
            space-before-punctuation | uk | Wait...               | Чекай ...                     |
            space-before-punctuation | uk | Use .NET here.        | Використовуйте .NET тут.      |
            space-before-punctuation | ko | Kyiv, at last.        | 키이우, 마침내.                   |
            unbalanced               | uk | He (the envoy) left.  | Він (посланець поїхав.        | (
            unbalanced               | uk | He said “no”.         | Він сказав «ні.               | «
            unbalanced               | ko | He said “no”.         | 그는 “아니라고 말했다.             | “
            unbalanced               | ko | He (the envoy) left.  | 그(특사)는 떠났다.                 |
            unbalanced               | uk | He said “no.          | Він сказав «ні.               |
            unbalanced               | uk | Russia’s war.         | Війна Росії, що з’явилася.    |
            unbalanced               | uk | He said “a „b“ c”.    | Він сказав «а „б“ в».         |
            quotes                   | uk | He said “no”.         | Він сказав “ні”.              | '“ні”'→'«ні»'
            quotes                   | uk | He said "no".         | Він сказав "ні".              | '"ні"'→'«ні»'
            quotes                   | uk | He said “a ‘b’ c”.    | Він сказав «а “б” в».         | '«а “б” в»'→'«а „б“ в»'
            quotes                   | ko | He said “no”.         | 그는 «아니»라고 했다.               | '«아니»'→'“아니”'
            quotes                   | ko | He said "no".         | 그는 "아니"라고 했다.               | '"아니"'→'“아니”'
            quotes                   | uk | He said “no”.         | Він сказав «ні».              |
            quotes                   | uk | He said “a ‘b’ c”.    | Він сказав «а „б“ в».         |
            quotes                   | ko | He said “no”.         | 그는 “아니”라고 했다.               |
            quotes                   | ko | He said ‘no’.         | 그는 ‘아니’라고 했다.               |
            mixed-script             | uk | Kyiv                  | Kиїв                          | 'Kиїв'→'Київ'
            mixed-script             | uk | in Kyiv               | у Kиєві                       | 'Kиєві'→'Києві'
            mixed-script             | uk | the house             | будинoк                       | 'будинoк'→'будинок'
            mixed-script             | uk | Seoul                 | Cеул                          | 'Cеул'→'Сеул'
            mixed-script             | ko | NATO summit           | NАTO 정상회의                    | 'NАTO'→'NATO'
            mixed-script             | uk | NATO summit           | саміт NАТО                    | 'NАТО'→'NATO'
            mixed-script             | uk | Zelensky              | Zеленський                    | 'Zеленський'
            mixed-script             | uk | Kyiv                  | Київ                          |
            mixed-script             | uk | NATO summit           | саміт NATO                    |
            mixed-script             | ko | NATO summit           | NATO 정상회의                    |
            final-punctuation        | uk | He left.              | Він поїхав                    | 'в'→'в.'
            final-punctuation        | ko | He left.              | 그는 떠났다                       | '다'→'다.'
            final-punctuation        | uk | Did he leave?         | Чи він поїхав                 | 'в'→'в?'
            final-punctuation        | uk | He said “go.”         | Він сказав «іди»              | 'и»'→'и.»'
            final-punctuation        | uk | He said “go”.         | Він сказав «іди»              | 'и»'→'и».'
            final-punctuation        | uk | He left.              | Він поїхав.                   |
            final-punctuation        | ko | He left.              | 그는 떠났다.                      |
            final-punctuation        | uk | Article 1             | Стаття 1                      |
            final-punctuation        | ko | Did he leave?         | 그는 떠났나?                      |
            identical                | uk | News from Kyiv        | News from Kyiv                | News from Kyiv
            identical                | ko | News from Kyiv        | News from Kyiv                | News from Kyiv
            identical                | uk | Kyiv Post             | Kyiv Post                     |
            identical                | uk | Kyiv Post             | «Київ Пост»                   |
            identical                | ko | 2024                  | 2024                          |
            """)
    void eachSubRuleFindsItsErrorAndOffersItsFix(String name, String lang, String english, String target,
                                                 String expected) {
        assertThat(check(name, lang, english, target)).isEqualTo(expected == null ? "" : expected.replace("'", ""));
    }

    @Test
    void eachSubRuleIsSwitchedAndGradedOnItsOwnInTheWorkspaceSettings() throws Exception {
        CheckSettings settings = CheckSettings.parse(Path.of(CheckSettings.FILE),
                "rule.typography.double-space.enabled=false\nrule.typography.quotes.severity=error\n");
        CheckEngine engine = new CheckEngine(Terminology.of(List.of()), Typography.rules(), List.of(), settings);
        Paragraph p = new Paragraph("p1", "He said “no”.", Map.of("uk", new Translation("Він  сказав “ні”.",
                Status.TRANSLATED)), "", Map.of(), 2);

        assertThat(engine.check(Path.of("x.csv"), p, "uk")).extracting(f -> f.rule() + " " + f.severity().id())
                .containsExactly("typography.quotes error");
        assertThat(settings.warnings(engine.rules().stream().map(Rule::id).toList())).isEmpty();
    }

    @Test
    void eachSubRuleHasItsOwnIdUnderTypography() {
        assertThat(Typography.rules()).extracting(Rule::id).containsExactly("typography.double-space",
                "typography.space-before-punctuation", "typography.unbalanced", "typography.quotes",
                "typography.mixed-script", "typography.final-punctuation", "typography.identical");
    }
}
