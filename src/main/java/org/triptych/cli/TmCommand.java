package org.triptych.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.triptych.glossary.TermIndex;
import org.triptych.io.BadFileException;
import org.triptych.io.WorkspaceStore;
import org.triptych.memory.FuzzyScore;
import org.triptych.memory.MemoryEntry;
import org.triptych.memory.TranslationMemory;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Workspace;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code triptych tm stats|lookup}: the workspace's translation memory from the command line. */
@Command(name = "tm", mixinStandardHelpOptions = true,
        description = "The translation memory of a workspace: its documents' translated and reviewed cells, split into "
                + "sentences, and the TMX files of its tm/ folder.",
        subcommands = {TmCommand.StatsCommand.class, TmCommand.LookupCommand.class})
public final class TmCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The memory of the workspace at {@code path} (a folder or one of its documents), read on this thread. */
    static TranslationMemory read(Path path, Document open, PrintWriter err) throws IOException {
        Path root = WorkspaceSession.rootOf(path.toAbsolutePath().normalize());
        if (!WorkspaceStore.isWorkspace(root)) {
            throw new BadFileException(root, 0, "not a workspace (no translations/ or glossaries/ folder)");
        }
        List<Path> documents = WorkspaceStore.csvFiles(root.resolve(Workspace.TRANSLATIONS));
        TranslationMemory memory = new TranslationMemory();
        WorkspaceMemory.fill(memory, root, documents, open, Progress.NONE,
                (file, e) -> err.println("triptych: warning: " + WorkspaceMemory.message(file, e) + " (left out of the memory)"));
        err.flush();
        return memory;
    }

    /** The workspace's glossary terms, the placeables of the score. */
    static TermIndex glossary(Path path) throws IOException {
        Path root = WorkspaceSession.rootOf(path.toAbsolutePath().normalize());
        return TermIndex.build(WorkspaceSession.readGlossaries(root).stream().flatMap(g -> g.concepts().stream()).toList());
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Counts the memory's units: sentence pairs and whole paragraphs, the documents and TMX files "
                    + "they come from, and the units with a translation into each language.")
    static final class StatsCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "A workspace folder (default: the current folder).")
        Path path = Path.of(".");

        @Override
        public Integer call() throws Exception {
            try (TranslationMemory memory = read(path, null, spec.commandLine().getErr())) {
                TranslationMemory.Stats stats = memory.stats();
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "units: %d (%d sentence units, %d whole paragraphs)%n", stats.units(),
                        stats.units() - stats.paragraphUnits(), stats.paragraphUnits());
                out.printf(Locale.ROOT, "from: %d documents, %d TMX files%n", stats.documents(), stats.tmxFiles());
                stats.byLanguage().forEach((lang, n) -> out.printf(Locale.ROOT, "%s: %d units%n", lang, n));
            }
            return Cli.OK;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Looks up the sentences of a text in the memory and prints, as JSON, each sentence's matches, "
                    + "best first: score, English, translations, statuses, origin and the English differences.")
    static final class LookupCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "An English sentence or paragraph.")
        String text;

        @Parameters(index = "1", arity = "0..1", paramLabel = "WORKSPACE", description = "A workspace folder (default: the current folder).")
        Path path = Path.of(".");

        @Option(names = "--min", description = "The lowest score shown (default: ${DEFAULT-VALUE}).")
        int min = TranslationMemory.MIN_SCORE;

        @Option(names = "--limit", description = "Matches per sentence at most (default: ${DEFAULT-VALUE}).")
        int limit = 5;

        @Override
        public Integer call() throws Exception {
            try (TranslationMemory memory = read(path, null, spec.commandLine().getErr())) {
                Paragraph paragraph = new Paragraph("", text, Map.of(), "", Map.of(), 0);
                WorkspaceMemory.Suggestions found = WorkspaceMemory.suggest(memory, glossary(path), null, paragraph, min, limit);
                JsonArray sentences = new JsonArray();
                for (WorkspaceMemory.SentenceMatches s : found.sentences()) {
                    JsonObject sentence = new JsonObject();
                    sentence.addProperty("sentence", s.sentence().text());
                    JsonArray matches = new JsonArray();
                    s.matches().forEach(m -> matches.add(toJson(m)));
                    sentence.add("matches", matches);
                    sentences.add(sentence);
                }
                spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(sentences));
            }
            return Cli.OK;
        }

        private static JsonObject toJson(TranslationMemory.Match match) {
            MemoryEntry entry = match.entry();
            JsonObject json = new JsonObject();
            json.addProperty("score", match.score());
            json.addProperty("english", entry.english());
            JsonObject targets = new JsonObject();
            entry.targets().forEach(targets::addProperty);
            json.add("targets", targets);
            JsonObject statuses = new JsonObject();
            entry.statuses().forEach((lang, status) -> statuses.addProperty(lang, status.cell().isEmpty() ? "none" : status.cell()));
            json.add("statuses", statuses);
            JsonObject origin = new JsonObject();
            origin.addProperty("kind", entry.origin().kind().name().toLowerCase(Locale.ROOT));
            origin.addProperty("name", entry.origin().name());
            origin.addProperty("unit", entry.origin().unit());
            origin.addProperty("modified", Instant.ofEpochMilli(entry.origin().modifiedMillis()).toString());
            json.add("origin", origin);
            json.addProperty("wholeParagraph", entry.paragraph());
            JsonArray differences = new JsonArray();
            for (FuzzyScore.Difference d : match.differences()) {
                JsonObject piece = new JsonObject();
                piece.addProperty("change", d.change().name().toLowerCase(Locale.ROOT));
                piece.addProperty("text", d.text());
                differences.add(piece);
            }
            json.add("differences", differences);
            return json;
        }
    }
}
