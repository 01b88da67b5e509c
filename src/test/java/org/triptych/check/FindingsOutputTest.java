package org.triptych.check;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.triptych.i18n.CoreMessages;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsOutputTest {

    private static final Path DOCUMENT = Path.of("translations", "..", "translations", "war.csv");

    private static Finding finding(int i) {
        return new Finding("missing-term", Severity.ERROR, DOCUMENT, "p" + i, i + 2, "uk", -1, -1, "Kyiv", "Київ", "",
                0, 4, "finding.missing-term", List.of("Київ"));
    }

    /** Counts what reaches it and keeps only its end, as a pipe to another program would. */
    private static final class CountingWriter extends Writer {
        long written;
        String last = "";

        @Override
        public void write(char[] chars, int offset, int length) {
            written += length;
            last = last + new String(chars, offset, length);
            last = last.substring(Math.max(0, last.length() - 300));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void jsonFindingsReachTheStreamWhileTheCheckIsStillProducingThem() throws Exception {
        CountingWriter out = new CountingWriter();
        FindingsJson json = new FindingsJson(out, p -> p.normalize().toString(), CoreMessages.english());
        FindingCounts counts = new FindingCounts(List.of("forbidden-variant", "missing-term"));
        for (int i = 0; i < 20_000; i++) {
            Finding f = finding(i);
            counts.add(f);
            json.write(f);
        }
        long beforeFinish = out.written;

        json.finish(counts, 1, 20_000);

        // Nearly everything was written before the end: the writer holds a small buffer, not the findings.
        assertThat(beforeFinish).isGreaterThan(out.written - 64 * 1024);
        assertThat(out.last).contains("\"missing-term\": 20000");
    }

    @Test
    void jsonKeepsItsShapeKeysAndSummary() throws Exception {
        StringWriter out = new StringWriter();
        FindingsJson json = new FindingsJson(out, p -> p.normalize().toString(), CoreMessages.english());
        FindingCounts counts = new FindingCounts(List.of("forbidden-variant", "missing-term"));
        Finding f = finding(1);
        counts.add(f);
        json.write(f);
        json.finish(counts, 1, 3);

        assertThat(out.toString()).startsWith("{\n  \"findings\": [\n    {\n      \"document\": \"translations/war.csv\",\n"
                .replace("/", java.io.File.separator.replace("\\", "\\\\")));
        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonObject first = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("document", "paragraph", "line", "lang", "kind", "severity", "term",
                "expected", "found", "start", "end", "sourceStart", "sourceEnd", "message");
        assertThat(first.get("message").getAsString()).isEqualTo("expected Київ");
        assertThat(root.getAsJsonObject("summary").toString())
                .isEqualTo("{\"documents\":1,\"paragraphs\":3,\"findings\":1,\"forbidden-variant\":0,\"missing-term\":1}");
    }

    @Test
    void textWritesOneLinePerFindingAndTheSameLineAsLine() throws Exception {
        StringWriter out = new StringWriter();
        FindingsText text = new FindingsText(out, Path::toString, CoreMessages.english());
        text.write(finding(1));
        text.write(finding(2));
        text.flush();

        String name = DOCUMENT.toString();
        assertThat(out.toString()).isEqualTo(name + ":3: [uk] missing-term \"Kyiv\": expected Київ" + System.lineSeparator()
                + name + ":4: [uk] missing-term \"Kyiv\": expected Київ" + System.lineSeparator());
        assertThat(FindingsText.line(finding(1), Path::toString, CoreMessages.english()))
                .isEqualTo(name + ":3: [uk] missing-term \"Kyiv\": expected Київ");
    }

    @Test
    void jsonIsLaidOutAsTheJsonWriterLaysItOutAndEscapesEveryString() throws Exception {
        String awkward = "\"quoted\" back\\slash\ttab\u0001\u2028 <b>&</b> Київ";
        List<Finding> findings = List.of(finding(1),
                new Finding("typography.quotes", Severity.WARNING, DOCUMENT, "p\"2", 70_000, "uk", 3, 9, "", "", awkward,
                        -1, -1, awkward, List.of()).withFix(awkward),
                finding(1));
        StringWriter out = new StringWriter();
        FindingsJson fast = new FindingsJson(out, p -> p.normalize().toString(), CoreMessages.english());
        FindingCounts counts = new FindingCounts(List.of("missing-term", "typography.quotes"));
        for (Finding f : findings) {
            counts.add(f);
            fast.write(f);
        }
        fast.finish(counts, 1, 2);

        // The same objects written field by field through Gson's writer, as before.
        String expected = writtenByGson(findings, counts, 2);
        assertThat(out.toString()).isEqualTo(expected);
        JsonObject second = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings").get(1)
                .getAsJsonObject();
        assertThat(second.get("found").getAsString()).isEqualTo(awkward);
        assertThat(second.get("fix").getAsString()).isEqualTo(awkward);
        assertThat(second.get("paragraph").getAsString()).isEqualTo("p\"2");
    }

    @Test
    void everyCharacterIsWrittenAsTheJsonWriterWritesIt() throws Exception {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) { // one per finding: one escaped would hide another
            String found = "<" + (char) c + ">";
            findings.add(new Finding("typography.quotes", Severity.WARNING, DOCUMENT, "p", 1, "uk", 0, 1, "", "",
                    found, -1, -1, "finding.missing-term", List.of(found)));
        }
        StringWriter out = new StringWriter();
        FindingsJson fast = new FindingsJson(out, p -> p.normalize().toString(), CoreMessages.english());
        FindingCounts counts = new FindingCounts(List.of("typography.quotes"));
        for (Finding f : findings) {
            counts.add(f);
            fast.write(f);
        }
        fast.finish(counts, 1, findings.size());

        String written = out.toString();
        String expected = writtenByGson(findings, counts, findings.size());
        int at = 0; // where they first differ, shown with its surroundings rather than as two long texts
        while (at < Math.min(written.length(), expected.length()) && written.charAt(at) == expected.charAt(at)) {
            at++;
        }
        assertThat(written.substring(Math.max(0, at - 200), Math.min(written.length(), at + 40)))
                .isEqualTo(expected.substring(Math.max(0, at - 200), Math.min(expected.length(), at + 40)));
        assertThat(written.length()).isEqualTo(expected.length());
    }

    /** The findings, one document of {@code paragraphs}, written field by field through Gson's writer. */
    private static String writtenByGson(List<Finding> findings, FindingCounts counts, int paragraphs) throws Exception {
        StringWriter expected = new StringWriter();
        com.google.gson.stream.JsonWriter json = new com.google.gson.stream.JsonWriter(expected);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject().name("findings").beginArray();
        for (Finding f : findings) {
            json.beginObject();
            json.name("document").value(f.document().normalize().toString());
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
            json.name("message").value(CoreMessages.english().format(f.messageKey(), f.arguments()));
            if (f.hasFix()) {
                json.name("fix").value(f.fix());
            }
            json.endObject();
        }
        json.endArray().name("summary").beginObject().name("documents").value(1).name("paragraphs").value(paragraphs)
                .name("findings").value(counts.total());
        for (java.util.Map.Entry<String, Long> rule : counts.perRule().entrySet()) {
            json.name(rule.getKey()).value(rule.getValue());
        }
        json.endObject().endObject().flush();
        return expected + System.lineSeparator();
    }
}
