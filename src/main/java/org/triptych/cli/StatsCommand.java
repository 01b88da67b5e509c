package org.triptych.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.stats.Stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych stats [PATH]}: paragraphs, English words and per-language progress. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts paragraphs, English words and, per target language, translated paragraphs "
                + "(marked translated or reviewed) and their words, drafts, empty cells and the paragraphs in each status.")
public final class StatsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A document (.csv) or a workspace folder (default: the current folder).")
    Path path = Path.of(".");

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        List<Document> documents = Targets.documents(path);
        Stats stats = Stats.of(documents);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(stats)));
        } else {
            printText(out, stats);
        }
        return Cli.OK;
    }

    private void printText(PrintWriter out, Stats stats) {
        out.printf(Locale.ROOT, "%s: %d document%s%n", path, stats.documents(), stats.documents() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "paragraphs: %d%n", stats.paragraphs());
        out.printf(Locale.ROOT, "English words: %d%n", stats.sourceWords());
        stats.targets().forEach((tag, t) -> out.printf(Locale.ROOT,
                "%s: %d of %d paragraphs translated, %d words; %d draft (%d words), %d empty; "
                        + "reviewed %d, translated %d, draft %d, no status %d%n",
                tag, t.translatedParagraphs(), stats.paragraphs(), t.words(), t.draftParagraphs(), t.draftWords(),
                t.emptyParagraphs(), t.status(Status.REVIEWED),
                t.status(Status.TRANSLATED), t.status(Status.DRAFT), t.status(Status.NONE)));
    }

    static JsonObject toJson(Stats stats) {
        JsonObject root = new JsonObject();
        root.addProperty("documents", stats.documents());
        root.addProperty("paragraphs", stats.paragraphs());
        root.addProperty("sourceWords", stats.sourceWords());
        JsonObject targets = new JsonObject();
        stats.targets().forEach((tag, t) -> {
            JsonObject target = new JsonObject();
            target.addProperty("translatedParagraphs", t.translatedParagraphs());
            target.addProperty("words", t.words());
            target.addProperty("draftParagraphs", t.draftParagraphs());
            target.addProperty("draftWords", t.draftWords());
            target.addProperty("emptyParagraphs", t.emptyParagraphs());
            JsonObject statuses = new JsonObject();
            for (Status s : Status.values()) {
                statuses.addProperty(s == Status.NONE ? "none" : s.cell(), t.status(s));
            }
            target.add("status", statuses);
            targets.add(tag, target);
        });
        root.add("targets", targets);
        return root;
    }
}
