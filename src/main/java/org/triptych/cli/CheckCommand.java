package org.triptych.cli;

import com.google.gson.GsonBuilder;
import org.triptych.check.Finding;
import org.triptych.check.FindingKind;
import org.triptych.check.FindingsJson;
import org.triptych.check.FindingsText;
import org.triptych.check.TerminologyCheck;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.session.WorkspaceSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triptych check}: glossary terms missing from translations, and forbidden spellings used in them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks translations against the glossary: every glossary term of the English must be rendered "
                + "in each non-empty target (in any grammatical form), and no forbidden spelling may appear.",
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

    @Override
    public Integer call() throws Exception {
        for (String lang : langs) {
            if (!Columns.isLanguageTag(lang)) {
                throw new ParameterException(spec.commandLine(), "--lang: \"" + lang + "\" is not a language tag");
            }
        }
        List<Document> documents = Targets.documents(path);
        TerminologyCheck check = TerminologyCheck.of(concepts());
        List<Finding> findings = new ArrayList<>();
        int paragraphs = 0;
        for (Document document : documents) {
            findings.addAll(check.check(document, langs.isEmpty() ? document.targets() : langs));
            paragraphs += document.paragraphs().size();
        }
        PrintWriter out = spec.commandLine().getOut();
        Function<Path, String> display = p -> p.normalize().toString();
        if (format == Format.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(FindingsJson.of(findings, documents.size(), paragraphs, display)));
        } else {
            FindingsText.write(out, findings, display);
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "%d finding%s (%d missing-term, %d forbidden-variant) in %d paragraph%s of %d document%s%n",
                    findings.size(), findings.size() == 1 ? "" : "s", count(findings, FindingKind.MISSING_TERM),
                    count(findings, FindingKind.FORBIDDEN_VARIANT), paragraphs, paragraphs == 1 ? "" : "s",
                    documents.size(), documents.size() == 1 ? "" : "s");
            err.flush();
        }
        return findings.isEmpty() ? Cli.OK : Cli.FINDINGS;
    }

    private static long count(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    private List<Concept> concepts() throws IOException {
        List<Glossary> loaded = new ArrayList<>();
        if (glossaries.isEmpty()) {
            Path root = WorkspaceSession.rootOf(path);
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
