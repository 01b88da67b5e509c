package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locks the order and content of {@code check}'s output, byte for byte, on a small workspace (72 paragraphs: enough
 * for the engine's parallel path, with findings of most default rules on both targets): the speed work on the engine,
 * the term index, the morphology and the writers must leave every finding and every character where it was. The
 * expected files were written by the command before that work; the document's path is replaced by {@code {document}}.
 */
class CheckOutputGoldenTest {

    private static final String FOLDER = "/org/triptych/cli/golden/";

    @TempDir
    Path workspace;

    @Test
    void jsonOutputIsExactlyTheLockedOne() throws Exception {
        assertThat(check("json")).isEqualTo(resource("findings.json"));
    }

    @Test
    void textOutputIsExactlyTheLockedOne() throws Exception {
        assertThat(check("text")).isEqualTo(resource("findings.txt"));
    }

    private String check(String format) throws IOException {
        Files.createDirectories(workspace.resolve("translations"));
        Files.createDirectories(workspace.resolve("glossaries"));
        Path document = workspace.resolve("translations/document.csv");
        Files.writeString(document, resource("document.csv"));
        Files.writeString(workspace.resolve("glossaries/glossary.csv"), resource("glossary.csv"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(new PrintWriter(out), new PrintWriter(err),
                new String[] {"check", "--format", format, document.toString()});
        assertThat(status).as(err.toString()).isEqualTo(Cli.FINDINGS);
        return out.toString().replace(document.normalize().toString(), "{document}")
                .replace(System.lineSeparator(), "\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckOutputGoldenTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
