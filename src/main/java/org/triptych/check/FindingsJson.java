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
 * the stream (in large pieces), so memory does not grow with their number. Each finding is laid out as the writer
 * lays out an object, written piece by piece into the output's buffer: a string that needs no escape goes in as it
 * is, in quotes, one that does is escaped by the writer (and remembered). One thread.
 */
public final class FindingsJson {

    /** Inside the findings array: the writer's indent for an object's keys, and for its closing brace. */
    private static final String KEY_INDENT = "\n      ";
    /** The pieces between the values of a finding, each a comma (but the first), line break, indent and key. */
    private static final char[] DOCUMENT = ("{" + KEY_INDENT + "\"document\": ").toCharArray();
    private static final char[] PARAGRAPH = key("paragraph");
    private static final char[] LINE = key("line");
    private static final char[] LANG = key("lang");
    private static final char[] KIND = key("kind");
    private static final char[] SEVERITY = key("severity");
    private static final char[] TERM = key("term");
    private static final char[] EXPECTED = key("expected");
    private static final char[] FOUND = key("found");
    private static final char[] START = key("start");
    private static final char[] END = key("end");
    private static final char[] SOURCE_START = key("sourceStart");
    private static final char[] SOURCE_END = key("sourceEnd");
    private static final char[] MESSAGE = key("message");
    private static final char[] FIX = key("fix");
    private static final char[] GLOSSARY = key("glossary");
    private static final char[] CLOSING = "\n    }".toCharArray();
    /** What the writer puts before each finding after the first: a comma and the line break with its indent. */
    private static final char[] NEXT_IN_ARRAY = ",\n    ".toCharArray();
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
    /** Strings that needed escaping, escaped. */
    private final Map<String, String> literals = new HashMap<>();
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

    private static char[] key(String name) {
        return ("," + KEY_INDENT + "\"" + name + "\": ").toCharArray();
    }

    public void write(Finding f) throws IOException {
        if (f.document() != lastDocument) { // one document's findings come together: name it once
            lastDocument = f.document();
            lastDisplayed = literal(displayPath.apply(f.document()));
        }
        if (anyFinding) {
            out.write(NEXT_IN_ARRAY); // what the writer would write before this value
        } else {
            json.jsonValue(""); // the writer writes what comes before a value and now knows its array has one
            anyFinding = true;
        }
        OutputBuffer o = out;
        o.write(DOCUMENT);
        o.write(lastDisplayed);
        o.write(PARAGRAPH);
        string(f.paragraph());
        o.write(LINE);
        o.write(number(f.line()));
        o.write(LANG);
        string(f.lang());
        o.write(KIND);
        string(f.rule());
        o.write(SEVERITY);
        string(f.severity().id());
        o.write(TERM);
        string(f.term());
        o.write(EXPECTED);
        string(f.expected());
        o.write(FOUND);
        string(f.found());
        o.write(START);
        o.write(number(f.start()));
        o.write(END);
        o.write(number(f.end()));
        o.write(SOURCE_START);
        o.write(number(f.sourceStart()));
        o.write(SOURCE_END);
        o.write(number(f.sourceEnd()));
        o.write(MESSAGE);
        string(messages.message(f));
        if (f.hasFix()) {
            o.write(FIX);
            string(f.fix());
        }
        if (f.proposal() != null) {
            o.write(GLOSSARY);
            o.write('{');
            String separator = "";
            for (Map.Entry<String, String> cell : f.proposal().cells().entrySet()) {
                o.write(separator);
                string(cell.getKey());
                o.write(": ");
                string(cell.getValue());
                separator = ", ";
            }
            o.write('}');
        }
        o.write(CLOSING);
    }

    private static String number(int n) {
        return n >= -1 && n < SMALL_NUMBERS.length - 1 ? SMALL_NUMBERS[n + 1] : Integer.toString(n);
    }

    /** Writes {@code text} as a JSON string, as the JSON writer writes every other string here. */
    private void string(String text) throws IOException {
        if (text == null || !out.writeJsonString(text)) {
            out.write(literal(text));
        }
    }

    /** {@code text} as a JSON string, escaped by the JSON writer. */
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
