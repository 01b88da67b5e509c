package org.triptych.cli;

import org.triptych.check.consistency.GlossarySuggestions;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;
import org.triptych.session.WorkspaceSession;

import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triptych glossary suggest}: the names the English of a workspace repeats and its glossary lacks, most
 * frequent first, with each target's most frequent rendering; {@code --add} appends chosen ones to a glossary.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Lists glossary candidates: names that occur at least twice in the English of the workspace's "
                + "documents and are not in its glossaries, most frequent first, with the rendering each target uses "
                + "most often. --add appends the named ones to a glossary.",
                "Exit status: 0 done, 2 bad input."})
final class GlossarySuggestCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "The workspace folder (default: the current folder).")
    Path workspace = Path.of(".");

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--add", paramLabel = "ENGLISH",
            description = "Adds the suggestion with this English to the glossary (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "The glossary --add appends to (default: the workspace's first glossaries/*.csv).")
    Path glossaryFile;

    @Override
    public Integer call() throws IOException {
        Path root = WorkspaceSession.rootOf(workspace);
        List<Glossary> glossaries = WorkspaceSession.readGlossaries(root);
        List<Document> documents = WorkspaceSession.readDocuments(root);
        List<Concept> concepts = glossaries.stream().flatMap(g -> g.concepts().stream()).toList();
        List<GlossarySuggestions.Suggestion> suggestions = GlossarySuggestions.of(documents, concepts);
        PrintWriter out = spec.commandLine().getOut();
        if (!add.isEmpty()) {
            Path target = glossaryFile != null ? glossaryFile : glossaries.isEmpty()
                    ? root.resolve(Workspace.GLOSSARIES).resolve("glossary.csv") : glossaries.get(0).path();
            for (String english : add) {
                GlossarySuggestions.Suggestion chosen = suggestions.stream().filter(s -> s.english().equals(english))
                        .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(),
                                "--add: \"" + english + "\" is not among the suggestions"));
                Map<String, String> values = new LinkedHashMap<>();
                values.put(Columns.SOURCE, chosen.english());
                values.putAll(chosen.renderings());
                GlossaryCodec.append(target, values);
                out.println(target.normalize() + ": added " + chosen.english());
            }
            out.flush();
            return Cli.OK;
        }
        if (format == Format.json) {
            JsonWriter json = new JsonWriter(out);
            json.setIndent("  ");
            json.beginArray();
            for (GlossarySuggestions.Suggestion s : suggestions) {
                json.beginObject().name("en").value(s.english()).name("occurrences").value(s.occurrences());
                for (Map.Entry<String, String> e : s.renderings().entrySet()) {
                    json.name(e.getKey()).value(e.getValue());
                }
                json.endObject();
            }
            json.endArray();
            json.flush();
            out.println();
        } else {
            for (GlossarySuggestions.Suggestion s : suggestions) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d  %s", s.occurrences(), s.english()));
                s.renderings().forEach((lang, text) -> line.append(" | ").append(lang).append(' ').append(text));
                out.println(line);
            }
        }
        out.flush();
        return Cli.OK;
    }
}
