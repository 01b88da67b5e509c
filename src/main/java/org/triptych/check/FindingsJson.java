package org.triptych.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** {@code {"findings": [...], "summary": {...}}} with the keys paragraph, lang, kind and term spelled so. */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static JsonObject of(List<Finding> findings, int documents, int paragraphs, Function<Path, String> displayPath) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("document", displayPath.apply(f.document()));
            o.addProperty("paragraph", f.paragraph());
            o.addProperty("line", f.line());
            o.addProperty("lang", f.lang());
            o.addProperty("kind", f.kind().id());
            o.addProperty("term", f.term());
            o.addProperty("expected", f.expected());
            o.addProperty("found", f.found());
            o.addProperty("start", f.start());
            o.addProperty("end", f.end());
            o.addProperty("sourceStart", f.sourceStart());
            o.addProperty("sourceEnd", f.sourceEnd());
            o.addProperty("message", f.message());
            array.add(o);
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("documents", documents);
        summary.addProperty("paragraphs", paragraphs);
        summary.addProperty("findings", findings.size());
        for (FindingKind kind : FindingKind.values()) {
            summary.addProperty(kind.id(), findings.stream().filter(f -> f.kind() == kind).count());
        }
        JsonObject root = new JsonObject();
        root.add("findings", array);
        root.add("summary", summary);
        return root;
    }
}
