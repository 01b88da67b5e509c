package org.triptych.check;

import com.google.gson.stream.JsonWriter;
import org.triptych.i18n.CoreMessages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code {"findings": [...], "summary": {...}}}: each finding with the keys paragraph, lang, kind (the rule id),
 * term, severity and message spelled so (and {@code fix}, the replacement of [start, end), when the rule offers one;
 * {@code glossary}, the cells of a proposed glossary row, when it proposes one);
 * the summary counts findings in all and per rule. Written as the findings arrive, through a JSON writer straight to
 * the stream (in large pieces), so memory does not grow with their number. Each finding goes out as one piece laid
 * out as the writer lays out an object, its strings escaped by the writer and remembered (terms, renderings and
 * messages repeat from finding to finding). One thread.
 */
public final class FindingsJson {

    /** Inside the findings array: the writer's indent for an object's keys, and for its closing brace. */
    private static final String KEY_INDENT = "\n      ";
    private static final String CLOSING = "\n    }";
    /** What the writer puts before each finding after the first: a comma and the line break with its indent. */
    private static final String NEXT_IN_ARRAY = ",\n    ";
    /** Escaped strings kept; a run of unique strings cannot grow the memory without end. */
    private static final int LITERALS_KEPT = 50_000;
    private static final String[] SMALL_NUMBERS = new String[4097];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i - 1);
        }
    }

    private final OutputBuffer out;
    private final JsonWriter json;
    private final Function<Path, String> displayPath;
    private final MessageCache messages;
    private final Map<String, String> literals = new HashMap<>();
    private final StringBuilder object = new StringBuilder(1024);
    private boolean anyFinding;
    private Path lastDocument;
    private String lastDisplayed;

    /** Starts the object and its findings array on {@code out}. */
    public FindingsJson(Writer out, Function<Path, String> displayPath, CoreMessages messages) throws IOException {
        this.out = new OutputBuffer(out);
        this.json = new JsonWriter(this.out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        this.displayPath = displayPath;
        this.messages = new MessageCache(messages);
        json.beginObject().name("findings").beginArray();
    }

    public void write(Finding f) throws IOException {
        if (f.document() != lastDocument) { // one document's findings come together: name it once
            lastDocument = f.document();
            lastDisplayed = literal(displayPath.apply(f.document()));
        }
        StringBuilder o = object;
        o.setLength(0);
        o.append('{');
        key(o, "\"document\": ", false).append(lastDisplayed);
        key(o, "\"paragraph\": ", true).append(literal(f.paragraph()));
        key(o, "\"line\": ", true).append(number(f.line()));
        key(o, "\"lang\": ", true).append(literal(f.lang()));
        key(o, "\"kind\": ", true).append(literal(f.rule()));
        key(o, "\"severity\": ", true).append(literal(f.severity().id()));
        key(o, "\"term\": ", true).append(literal(f.term()));
        key(o, "\"expected\": ", true).append(literal(f.expected()));
        key(o, "\"found\": ", true).append(literal(f.found()));
        key(o, "\"start\": ", true).append(number(f.start()));
        key(o, "\"end\": ", true).append(number(f.end()));
        key(o, "\"sourceStart\": ", true).append(number(f.sourceStart()));
        key(o, "\"sourceEnd\": ", true).append(number(f.sourceEnd()));
        key(o, "\"message\": ", true).append(literal(messages.message(f)));
        if (f.hasFix()) {
            key(o, "\"fix\": ", true).append(literal(f.fix()));
        }
        if (f.proposal() != null) {
            key(o, "\"glossary\": ", true).append('{');
            String separator = "";
            for (java.util.Map.Entry<String, String> cell : f.proposal().cells().entrySet()) {
                o.append(separator).append(literal(cell.getKey())).append(": ").append(literal(cell.getValue()));
                separator = ", ";
            }
            o.append('}');
        }
        o.append(CLOSING);
        if (anyFinding) {
            // what the writer would write for this value, without copying the object into a string first
            out.write(NEXT_IN_ARRAY);
            out.write(o);
        } else {
            json.jsonValue(o.toString()); // the writer now knows its array has a value, and closes it so
            anyFinding = true;
        }
    }

    private static StringBuilder key(StringBuilder o, String key, boolean comma) {
        if (comma) {
            o.append(',');
        }
        return o.append(KEY_INDENT).append(key);
    }

    private static String number(int n) {
        return n >= -1 && n < SMALL_NUMBERS.length - 1 ? SMALL_NUMBERS[n + 1] : Integer.toString(n);
    }

    /** {@code text} as a JSON string, escaped by the JSON writer as it escapes every other string here. */
    private String literal(String text) {
        if (text == null) {
            return "null";
        }
        String literal = literals.get(text);
        if (literal == null) {
            StringWriter escaped = new StringWriter(text.length() + 8);
            try (JsonWriter writer = new JsonWriter(escaped)) {
                writer.setHtmlSafe(false);
                writer.beginArray().value(text).endArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            literal = escaped.getBuffer().substring(1, escaped.getBuffer().length() - 1);
            if (literals.size() < LITERALS_KEPT) {
                literals.put(text, literal);
            }
        }
        return literal;
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
