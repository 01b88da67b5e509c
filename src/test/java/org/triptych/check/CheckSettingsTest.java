package org.triptych.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckSettingsTest {

    @TempDir
    Path root;

    private final Rule missing = new MissingTermRule(Terminology.empty());
    private final Rule forbidden = new ForbiddenVariantRule(Terminology.empty());
    private final Rule doubleSpace = new DoubleSpaceRule();

    @Test
    void withoutAFileEveryRuleHasItsDefault() throws Exception {
        CheckSettings settings = CheckSettings.read(root);
        assertThat(settings.enabled(missing)).isTrue();
        assertThat(settings.enabled(doubleSpace)).isFalse();
        assertThat(settings.severity(missing)).isEqualTo(Severity.ERROR);
        assertThat(settings.draftsAsHints()).isTrue();
        assertThat(settings.warnings(List.of("missing-term"))).isEmpty();
    }

    @Test
    void theFileSwitchesRulesAndSetsSeveritiesWhateverTheCaseOfTheValue() throws Exception {
        Files.writeString(root.resolve(CheckSettings.FILE), String.join("\n",
                "# Which rules run",
                "rule.missing-term.severity = Warning",
                "rule.forbidden-variant.enabled=false",
                "rule.double-space.enabled : TRUE",
                "check.drafts-as-hints=false",
                ""));
        CheckSettings settings = CheckSettings.read(root);
        assertThat(settings.severity(missing)).isEqualTo(Severity.WARNING);
        assertThat(settings.enabled(missing)).isTrue();
        assertThat(settings.enabled(forbidden)).isFalse();
        assertThat(settings.severity(forbidden)).isEqualTo(Severity.ERROR);
        assertThat(settings.enabled(doubleSpace)).isTrue();
        assertThat(settings.draftsAsHints()).isFalse();
    }

    @Test
    void aBadValueNamesTheFileAndTheLineEvenAfterAContinuedLine() throws Exception {
        Path file = root.resolve(CheckSettings.FILE);
        Files.writeString(file, "# settings\nrule.missing-term.severity=\\\n  hint\nrule.forbidden-variant.enabled=maybe\n");
        assertThatThrownBy(() -> CheckSettings.read(root))
                .isInstanceOf(BadFileException.class)
                .hasMessage(file + ":4: rule.forbidden-variant.enabled: \"maybe\" is not true or false");
        Files.writeString(file, "rule.missing-term.severity=fatal\n");
        assertThatThrownBy(() -> CheckSettings.read(root))
                .hasMessage(file + ":1: rule.missing-term.severity: \"fatal\" is not a severity (error, warning or hint)");
    }

    @Test
    void unknownKeysAndRulesAreIgnoredWithAWarningNamingTheLine() throws Exception {
        Path file = root.resolve(CheckSettings.FILE);
        Files.writeString(file, "theme=dark\nrule.spelling.enabled=true\nrule.missing-term.severity=hint\n");
        CheckSettings settings = CheckSettings.read(root);
        assertThat(settings.severity(missing)).isEqualTo(Severity.HINT);
        assertThat(settings.warnings(List.of("missing-term", "forbidden-variant"))).containsExactly(
                file + ":1: unknown setting \"theme\" ignored",
                file + ":2: no rule \"spelling\"; its settings are ignored");
    }
}
