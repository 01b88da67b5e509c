package org.triptych.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.triptych.i18n.CoreMessages;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code {"findings": [...], "summary": {...}}}: each finding with the keys paragraph, lang, kind (the rule id),
 * term, severity and message spelled so (and {@code fix}, the replacement of [start, end), when the rule offers one); the summary counts findings in all and per rule.
 */
public final class FindingsJson {

    private FindingsJson() {
    }

    /** @param ruleIds the rules that ran, counted in the summary even when they found nothing */
    public static JsonObject of(List<Finding> findings, List<String> ruleIds, int documents, int paragraphs,
                                Function<Path, String> displayPath, CoreMessages messages) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("document", displayPath.apply(f.document()));
            o.addProperty("paragraph", f.paragraph());
            o.addProperty("line", f.line());
            o.addProperty("lang", f.lang());
            o.addProperty("kind", f.rule());
            o.addProperty("severity", f.severity().id());
            o.addProperty("term", f.term());
            o.addProperty("expected", f.expected());
            o.addProperty("found", f.found());
            o.addProperty("start", f.start());
            o.addProperty("end", f.end());
            o.addProperty("sourceStart", f.sourceStart());
            o.addProperty("sourceEnd", f.sourceEnd());
            o.addProperty("message", messages.format(f.messageKey(), f.arguments()));
            if (f.hasFix()) {
                o.addProperty("fix", f.fix());
            }
            array.add(o);
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("documents", documents);
        summary.addProperty("paragraphs", paragraphs);
        summary.addProperty("findings", findings.size());
        for (String rule : ruleIds) {
            summary.addProperty(rule, findings.stream().filter(f -> f.rule().equals(rule)).count());
        }
        JsonObject root = new JsonObject();
        root.add("findings", array);
        root.add("summary", summary);
        return root;
    }
}
