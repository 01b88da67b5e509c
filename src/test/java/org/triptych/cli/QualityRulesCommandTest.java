package org.triptych.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.ui.SampleCopy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers and typography rules through {@code triptych check}, on a copy of the sample with planted errors. */
class QualityRulesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void plantedNumberAndTypographyErrorsAreReportedWithTheirFixes(@TempDir Path sample) throws Exception {
        if (!Files.isDirectory(Path.of("translations"))) {
            System.out.println("skipped: the sample workspace is not in the working directory");
            return;
        }
        SampleCopy.into(sample);
        Path article = sample.resolve("translations/article.csv");
        String text = Files.readString(article);
        String planted = text
                .replace("перекинути 12 тисяч", "перекинути 21 000")        // p1 uk: 12,000 changed
                .replace("200명가량이", "20명가량이")                          // p1 ko: 200 changed
                .replace("з майже 200 колишніх", "з майже  200 колишніх")   // p1 uk: two spaces
                .replace("Група з", "Гpупа з")                              // p1 uk: a Latin p in a Cyrillic word
                .replace("떨어뜨리겠다고 나섰다.", "떨어뜨리겠다고 나섰다")        // p1 ko: final full stop left out
                .replace("“북한군의 활동”", "«북한군의 활동»");                 // p3 ko: Ukrainian quotes in Korean
        assertThat(planted).isNotEqualTo(text);
        Files.writeString(article, planted);

        int exit = Cli.execute(new PrintWriter(out), new PrintWriter(err), "check", "--format", "json", sample.toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        JsonArray findings = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings");
        assertThat(findings.asList()).extracting(f -> {
            JsonObject o = f.getAsJsonObject();
            return o.get("paragraph").getAsString() + " " + o.get("lang").getAsString() + " " + o.get("kind").getAsString()
                    + " " + o.get("severity").getAsString() + " [" + o.get("found").getAsString() + "]"
                    + (o.has("fix") ? " -> [" + o.get("fix").getAsString() + "]" : "");
        }).containsExactly(
                "p1 ko numbers error [20]",
                "p1 ko typography.final-punctuation warning [다] -> [다.]",
                "p1 uk numbers error [21 000]",
                "p1 uk typography.double-space warning [  ] -> [ ]",
                "p1 uk typography.mixed-script error [Гpупа] -> [Група]",
                "p3 ko typography.quotes warning [«북한군의 활동»] -> [“북한군의 활동”]");
        JsonObject changed = findings.get(0).getAsJsonObject();
        assertThat(changed.get("message").getAsString()).isEqualTo("200 of the English is written 20 here");
    }
}
