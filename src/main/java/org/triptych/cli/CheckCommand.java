package org.triptych.cli;

import org.triptych.check.AcceptedWords;
import org.triptych.check.CheckEngine;
import org.triptych.check.CheckSettings;
import org.triptych.check.Finding;
import org.triptych.check.FindingCounts;
import org.triptych.check.FindingsJson;
import org.triptych.check.FindingsText;
import org.triptych.check.Rule;
import org.triptych.check.Terminology;
import org.triptych.i18n.CoreMessages;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.morph.Morphology;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.Progress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triptych check}: runs the workspace's rules (glossary terms missing from translations, forbidden
 * spellings used in them, and any rule a {@code RuleProvider} adds) as its {@value CheckSettings#FILE} says.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks translations: every glossary term of the English must be rendered in each non-empty "
                + "target (in any grammatical form), no forbidden spelling may appear, and any other rule the "
                + "workspace's " + CheckSettings.FILE + " switches on must hold.",
                "Exit status: 0 clean, 1 findings, 2 bad input."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A document (.csv) or a workspace folder (default: the current folder).")
    Path path = Path.of(".");

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "A glossary to check against (repeatable; default: every glossaries/*.csv of the workspace).")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--lang", split = ",", paramLabel = "TAG",
            description = "Target languages to check, e.g. ko,uk (default: every target of each document).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--messages", paramLabel = "LANG",
            description = "Language of the messages: en, ko or uk (default: ${DEFAULT-VALUE}).")
    String messagesLanguage = "en";

    @Option(names = "--list-rules",
            description = "Lists each rule with its state, its severity (and the default) and what it checks, then exits.")
    boolean listRules;

    @Override
    public Integer call() throws Exception {
        for (String lang : langs) {
            if (!Columns.isLanguageTag(lang)) {
                throw new ParameterException(spec.commandLine(), "--lang: \"" + lang + "\" is not a language tag");
            }
        }
        CoreMessages messages = messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            CheckEngine engine = CheckEngine.standard(Terminology.empty(), CheckSettings.read(workspaceRoot()));
            warn(err, engine);
            listRules(out, engine, messages);
            return Cli.OK;
        }
        // The documents are read on a thread of their own while the glossaries are read and indexed here.
        FutureTask<List<Document>> reading = new FutureTask<>(() -> Targets.documents(path));
        Thread reader = new Thread(reading, "triptych-read-documents");
        reader.setDaemon(true);
        reader.start();
        Terminology terminology;
        try {
            List<Concept> concepts = concepts();
            prepareMorphology(concepts);
            terminology = Terminology.of(concepts);
        } catch (IOException | RuntimeException e) {
            documents(reading); // a bad document is reported first, as when reading one after the other
            throw e;
        }
        List<Document> documents = documents(reading);
        CheckEngine engine = CheckEngine.standard(terminology, CheckSettings.read(workspaceRoot()))
                .withAcceptedWords(AcceptedWords.read(workspaceRoot(), documents.stream().map(Document::path).toList()));
        warn(err, engine);
        engine = engine.prepare(documents); // consistency across the documents checked together
        List<String> ran = engine.rules().stream().filter(engine.settings()::enabled).map(Rule::id).toList();
        Function<Path, String> display = p -> p.normalize().toString();
        FindingCounts counts = new FindingCounts(ran);
        FindingsJson json = format == Format.json ? new FindingsJson(out, display, messages) : null;
        FindingsText text = format == Format.text ? new FindingsText(out, display, messages) : null;
        int paragraphs = 0;
        for (Document document : documents) {
            engine.check(document, langs.isEmpty() ? document.targets() : langs, Progress.NONE, ofParagraph -> {
                for (Finding finding : ofParagraph) {
                    counts.add(finding);
                    try {
                        if (json != null) {
                            json.write(finding);
                        } else {
                            text.write(finding);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            paragraphs += document.paragraphs().size();
        }
        // What no paragraph's check shows: a team conflict on a glossary row, or on a target left empty.
        for (Finding finding : engine.checkFiles(workspaceRoot(), documents)) {
            counts.add(finding);
            if (json != null) {
                json.write(finding);
            } else {
                text.write(finding);
            }
        }
        unavailable(err, engine, messages);
        if (json != null) {
            json.finish(counts, documents.size(), paragraphs);
        } else {
            text.flush();
            long total = counts.total();
            String perRule = counts.perRule().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            err.printf(Locale.ROOT, "%d finding%s (%s) in %d paragraph%s of %d document%s%n",
                    total, total == 1 ? "" : "s", perRule, paragraphs, paragraphs == 1 ? "" : "s",
                    documents.size(), documents.size() == 1 ? "" : "s");
            err.flush();
        }
        return counts.total() == 0 ? Cli.OK : Cli.FINDINGS;
    }

    /**
     * Starts loading the dictionaries the glossary's renderings will be matched with (in the languages checked), so
     * they load beside the reading of the documents rather than stop the check when first needed.
     */
    private void prepareMorphology(List<Concept> concepts) {
        Set<String> renderedIn = new HashSet<>();
        for (Concept concept : concepts) {
            renderedIn.addAll(concept.terms().keySet());
        }
        renderedIn.remove("en");
        for (String lang : renderedIn) {
            if (langs.isEmpty() || langs.contains(lang)) {
                Morphology.prepare(lang);
            }
        }
    }

    /** The documents read by {@code reading}, or what stopped it. */
    private static List<Document> documents(FutureTask<List<Document>> reading) throws IOException {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the documents");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private CoreMessages messages() {
        if (!Columns.isLanguageTag(messagesLanguage)) {
            throw new ParameterException(spec.commandLine(), "--messages: \"" + messagesLanguage + "\" is not a language tag");
        }
        return CoreMessages.of(Locale.forLanguageTag(messagesLanguage));
    }

    private Path workspaceRoot() throws BadFileException {
        if (!Files.exists(path)) {
            throw new BadFileException(path, 0, "no such file or folder");
        }
        return WorkspaceSession.rootOf(path);
    }

    private static void warn(PrintWriter err, CheckEngine engine) {
        for (String warning : engine.settingsWarnings()) {
            err.println("triptych: warning: " + warning);
        }
        err.flush();
    }

    /** A warning for each enabled rule that could not run (its dictionary missing or unreadable). */
    private static void unavailable(PrintWriter err, CheckEngine engine, CoreMessages messages) {
        engine.unavailable().forEach((rule, why) -> err.println("triptych: warning: " + rule.id() + " "
                + messages.format(why.messageKey(), why.arguments())));
        err.flush();
    }

    /**
     * One line per rule: id, on or off, effective severity, default severity, description; a rule that cannot run
     * here is off, and its description says why.
     */
    private static void listRules(PrintWriter out, CheckEngine engine, CoreMessages messages) {
        int width = engine.rules().stream().mapToInt(r -> r.id().length()).max().orElse(4);
        String row = "%-" + width + "s  %-5s  %-8s  %-8s  %s%n";
        out.printf(Locale.ROOT, row, "RULE", "STATE", "SEVERITY", "DEFAULT", "DESCRIPTION");
        for (Rule rule : engine.rules()) {
            Rule.Unavailable why = rule.unavailable();
            String description = messages.format(rule.descriptionKey())
                    + (why == null ? "" : " [" + messages.format(why.messageKey(), why.arguments()) + "]");
            out.printf(Locale.ROOT, row, rule.id(), engine.settings().enabled(rule) && why == null ? "on" : "off",
                    engine.settings().severity(rule).id(), rule.defaultSeverity().id(), description);
        }
        out.printf(Locale.ROOT, "%s=%s%n", CheckSettings.DRAFTS_AS_HINTS, engine.settings().draftsAsHints());
        out.flush();
    }

    private List<Concept> concepts() throws IOException {
        List<Glossary> loaded = new ArrayList<>();
        if (glossaries.isEmpty()) {
            Path root = workspaceRoot();
            loaded.addAll(WorkspaceSession.readGlossaries(root));
            if (loaded.isEmpty()) {
                throw new BadFileException(root, 0, "no glossary: the workspace has no glossaries/*.csv (use --glossary FILE)");
            }
        } else {
            for (Path file : glossaries) {
                loaded.add(GlossaryCodec.read(file));
            }
        }
        return loaded.stream().flatMap(g -> g.concepts().stream()).toList();
    }
}
