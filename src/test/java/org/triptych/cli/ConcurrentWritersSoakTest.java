package org.triptych.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.testing.ChildProcesses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soak: several processes run {@code triptych glossary add} on one glossary at the same moment; every concept
 * reported as added is in the file afterwards, and the file is still a valid glossary.
 */
class ConcurrentWritersSoakTest {

    private static final int PROCESSES = 6;
    private static final int ADDITIONS = 25;

    @TempDir
    Path root;

    @Test
    void everyConceptAddedByParallelProcessesIsKept() throws Exception {
        Files.createDirectories(root.resolve("glossaries"));
        Path glossary = root.resolve("glossaries/names-and-terms.csv");
        Files.writeString(glossary, "en,ko,uk,note\nKyiv,키이우,Київ,capital\n");
        long start = System.nanoTime();

        List<Process> children = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int p = 0; p < PROCESSES; p++) {
                Process child = ChildProcesses.start(Adder.class, List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"),
                        glossary.toString(), String.valueOf(p), String.valueOf(ADDITIONS));
                children.add(child);
                outputs.add(ChildProcesses.output(child));
            }
            for (BufferedReader output : outputs) {
                assertThat(output.readLine()).as("a child JVM starting up").isEqualTo("ready");
            }
            for (Process child : children) { // all start adding at once
                try (OutputStream go = child.getOutputStream()) {
                    go.write("go\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            int reported = 0;
            List<String> failures = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                for (String line = outputs.get(p).readLine(); line != null; line = outputs.get(p).readLine()) {
                    if (line.startsWith("added ")) {
                        reported++;
                    } else {
                        failures.add("process " + p + ": " + line);
                    }
                }
                assertThat(children.get(p).waitFor(60, TimeUnit.SECONDS)).isTrue();
            }

            Glossary result = GlossaryCodec.read(glossary);
            Set<String> present = new HashSet<>();
            for (Concept concept : result.concepts()) {
                present.add(concept.english());
            }
            Set<String> expected = new HashSet<>();
            for (int p = 0; p < PROCESSES; p++) {
                for (int a = 0; a < ADDITIONS; a++) {
                    expected.add(Adder.english(p, a));
                }
            }
            int survivors = (int) expected.stream().filter(present::contains).count();
            System.out.printf(Locale.ROOT, "soak: %d processes x %d additions = %d; %d reported added, %d present afterwards, "
                            + "%d failed; %.1f s%n", PROCESSES, ADDITIONS, expected.size(), reported, survivors, failures.size(),
                    (System.nanoTime() - start) / 1e9);

            assertThat(failures).isEmpty();
            assertThat(reported).isEqualTo(PROCESSES * ADDITIONS);
            assertThat(present).containsAll(expected).contains("Kyiv");
            assertThat(result.concepts()).hasSize(1 + PROCESSES * ADDITIONS);
        } finally {
            children.forEach(Process::destroyForcibly);
        }
    }

    /** A child process: prints "ready", waits for "go", then adds its concepts one {@code glossary add} at a time. */
    public static final class Adder {

        static String english(int process, int addition) {
            return "soak term " + process + "-" + addition;
        }

        public static void main(String[] args) throws IOException {
            String glossary = args[0];
            int process = Integer.parseInt(args[1]);
            int additions = Integer.parseInt(args[2]);
            System.out.println("ready");
            System.out.flush();
            if (System.in.read() < 0) {
                return;
            }
            for (int a = 0; a < additions; a++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), "glossary", "add",
                        "--en", english(process, a), "--ko", "용어 " + a, "--uk", "термін " + a, "--glossary", glossary);
                System.out.println(code == Cli.OK ? "added " + english(process, a) : "exit " + code + ": " + err.toString().strip());
            }
            System.out.flush();
        }
    }
}
