package org.triptych.cli;

import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.model.Workspace;

import com.ibm.icu.text.Normalizer2;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych glossary list|add}: shows the glossary, or appends one concept to a glossary file. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Lists the workspace glossary or adds a concept to it.",
        subcommands = {GlossaryCommand.ListCommand.class, GlossaryCommand.AddCommand.class,
                GlossaryImportCommand.class, GlossaryExportCommand.class, GlossarySuggestCommand.class})
public final class GlossaryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code glossary list}: one line per concept with its renderings. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints every concept: FILE:LINE: en | tag rendering …")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
                description = "A glossary file or a workspace folder (default: the current folder).")
        Path path = Path.of(".");

        @Override
        public Integer call() throws IOException {
            List<Glossary> glossaries = Files.exists(path) && !Files.isDirectory(path) ? List.of(GlossaryCodec.read(path))
                    : Targets.workspace(path).glossaries();
            PrintWriter out = spec.commandLine().getOut();
            for (Glossary glossary : glossaries) {
                for (Concept c : glossary.concepts()) {
                    StringBuilder line = new StringBuilder(glossary.path().normalize() + ":" + c.line() + ": " + cell(c, "en"));
                    for (String lang : glossary.languages()) {
                        if (!lang.equals(Columns.SOURCE) && !c.terms(lang).isEmpty()) {
                            line.append(" | ").append(lang).append(' ').append(cell(c, lang));
                        }
                    }
                    out.println(line);
                }
            }
            return Cli.OK;
        }

        private static String cell(Concept c, String lang) {
            return String.join(GlossaryCodec.SEPARATOR, c.terms(lang).stream().map(Term::text).toList());
        }
    }

    /** {@code glossary add}: appends one row; every byte already in the file stays as it was. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Appends a concept to a glossary file, keeping the rest of the file byte for byte. "
                    + "Alternatives in one cell are separated by |, the first preferred.")
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--en", required = true, description = "The English term(s).")
        String en;

        @Option(names = "--ko", description = "The Korean rendering(s).")
        String ko = "";

        @Option(names = "--uk", description = "The Ukrainian rendering(s).")
        String uk = "";

        @Option(names = "--note", description = "A note for translators.")
        String note = "";

        @Option(names = "--glossary", paramLabel = "FILE",
                description = "The glossary file (default: the workspace's only glossaries/*.csv, created when there is none).")
        Path file;

        @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "The workspace folder (default: the current folder).")
        Path workspace = Path.of(".");

        @Override
        public Integer call() throws IOException {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(Columns.SOURCE, nfc(en));
            values.put("ko", nfc(ko));
            values.put("uk", nfc(uk));
            values.put(Columns.NOTE, nfc(note));
            if (values.get(Columns.SOURCE).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--en: the English term is empty");
            }
            Path target = file != null ? file : defaultGlossary();
            GlossaryCodec.append(target, values);
            spec.commandLine().getOut().println(target.normalize() + ": added " + values.get(Columns.SOURCE));
            return Cli.OK;
        }

        private static String nfc(String value) {
            return Normalizer2.getNFCInstance().normalize(value.strip());
        }

        private Path defaultGlossary() throws IOException {
            Path dir = workspace.resolve(Workspace.GLOSSARIES);
            List<Path> files = WorkspaceStore.csvFiles(dir);
            if (files.size() > 1) {
                throw new BadFileException(dir, 0, "several glossaries (" + files.stream().map(f -> f.getFileName().toString())
                        .reduce((a, b) -> a + ", " + b).orElse("") + "): choose one with --glossary FILE");
            }
            return files.isEmpty() ? dir.resolve("glossary.csv") : files.get(0);
        }
    }
}
