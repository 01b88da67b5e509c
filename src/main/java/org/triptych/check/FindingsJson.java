package org.triptych.check;

import com.google.gson.stream.JsonWriter;
import org.triptych.i18n.CoreMessages;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code {"findings": [...], "summary": {...}}}: each finding with the keys paragraph, lang, kind (the rule id),
 * term, severity and message spelled so (and {@code fix}, the replacement of [start, end), when the rule offers one;
 * {@code glossary}, the cells of a proposed glossary row, when it proposes one);
 * the summary counts findings in all and per rule. Written as the findings arrive, through a JSON writer straight to
 * the stream (in large pieces), so memory does not grow with their number. One thread.
 */
public final class FindingsJson {

    private final Writer out;
    private final JsonWriter json;
    private final Function<Path, String> displayPath;
    private final CoreMessages messages;
    private Path lastDocument;
    private String lastDisplayed;

    /** Starts the object and its findings array on {@code out}. */
    public FindingsJson(Writer out, Function<Path, String> displayPath, CoreMessages messages) throws IOException {
        this.out = new OutputBuffer(out);
        this.json = new JsonWriter(this.out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        this.displayPath = displayPath;
        this.messages = messages;
        json.beginObject().name("findings").beginArray();
    }

    public void write(Finding f) throws IOException {
        if (f.document() != lastDocument) { // one document's findings come together: name it once
            lastDocument = f.document();
            lastDisplayed = displayPath.apply(f.document());
        }
        json.beginObject();
        json.name("document").value(lastDisplayed);
        json.name("paragraph").value(f.paragraph());
        json.name("line").value(f.line());
        json.name("lang").value(f.lang());
        json.name("kind").value(f.rule());
        json.name("severity").value(f.severity().id());
        json.name("term").value(f.term());
        json.name("expected").value(f.expected());
        json.name("found").value(f.found());
        json.name("start").value(f.start());
        json.name("end").value(f.end());
        json.name("sourceStart").value(f.sourceStart());
        json.name("sourceEnd").value(f.sourceEnd());
        json.name("message").value(messages.format(f.messageKey(), f.arguments()));
        if (f.hasFix()) {
            json.name("fix").value(f.fix());
        }
        if (f.proposal() != null) {
            json.name("glossary").beginObject();
            for (java.util.Map.Entry<String, String> cell : f.proposal().cells().entrySet()) {
                json.name(cell.getKey()).value(cell.getValue());
            }
            json.endObject();
        }
        json.endObject();
    }

    /** Ends the findings array, writes the summary and a line break, and flushes; nothing may follow. */
    public void finish(FindingCounts counts, int documents, int paragraphs) throws IOException {
        json.endArray();
        json.name("summary").beginObject();
        json.name("documents").value(documents);
        json.name("paragraphs").value(paragraphs);
        json.name("findings").value(counts.total());
        for (Map.Entry<String, Long> rule : counts.perRule().entrySet()) {
            json.name(rule.getKey()).value(rule.getValue());
        }
        json.endObject();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
        out.flush();
    }
}
