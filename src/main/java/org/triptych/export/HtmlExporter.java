package org.triptych.export;

import com.ibm.icu.util.ULocale;
import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML file: inline CSS (screen and print), no scripts, side-by-side columns with a
 * {@code lang} attribute on every cell so browsers pick Hangul and Cyrillic fonts and hyphenate correctly.
 * A paragraph's note is shown under its English, smaller, italic and grey.
 */
public final class HtmlExporter {

    private static final String CSS = """
            body { font-family: "Noto Sans", Arial, "Segoe UI", sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.5em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #bbb; padding: .4em .6em; vertical-align: top; text-align: left;
                     white-space: pre-wrap; overflow-wrap: break-word; }
            th { background: #eee; }
            td.id { color: #777; font-size: .85em; }
            .note { margin-top: .5em; font-size: .85em; font-style: italic; color: #666; }
            :lang(ko) { font-family: "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
                        word-break: keep-all; }
            :lang(uk) { hyphens: auto; }
            col.id { width: 4em; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              @page { size: %s; margin: 1.5cm; }
            }
            """;

    private HtmlExporter() {
    }

    public static void export(Document document, List<String> langs, ExportOptions options, Path out, Progress progress)
            throws IOException {
        String html = format(document, Exports.languages(document, langs), options, progress);
        AtomicFiles.writeString(out, html);
    }

    /** The whole page as text. */
    public static String format(Document document, List<String> langs, ExportOptions options, Progress progress) {
        List<String> columns = new ArrayList<>(List.of(Columns.SOURCE));
        columns.addAll(langs);
        String title = options.titleOr(document.name());
        StringBuilder out = new StringBuilder(document.paragraphs().size() * 600);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        escape(out, title);
        out.append("</title>\n<style>\n").append(CSS.replace("%s", columns.size() >= 3 ? "A4 landscape" : "A4 portrait"))
                .append("</style>\n</head>\n<body>\n<h1>");
        escape(out, title);
        out.append("</h1>\n<table>\n<colgroup><col class=\"id\">");
        out.append("<col>".repeat(columns.size())).append("</colgroup>\n<thead><tr><th>#</th>");
        for (String lang : columns) {
            out.append("<th lang=\"en\">");
            escape(out, languageName(lang));
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int done = 0;
        for (Paragraph p : document.paragraphs()) {
            out.append("<tr><td class=\"id\">");
            escape(out, p.id());
            out.append("</td>");
            for (String lang : columns) {
                out.append("<td lang=\"").append(lang).append("\">");
                escape(out, lang.equals(Columns.SOURCE) ? p.source() : p.target(lang).text());
                if (lang.equals(Columns.SOURCE) && !p.note().isBlank()) {
                    out.append("<div class=\"note\">");
                    escape(out, p.note().strip());
                    out.append("</div>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
            if (++done % 1000 == 0) {
                progress.advance(done, document.paragraphs().size());
            }
        }
        out.append("</tbody>\n</table>\n");
        if (!options.glossary().isEmpty()) {
            glossary(out, options.glossary(), columns);
        }
        out.append("</body>\n</html>\n");
        progress.advance(document.paragraphs().size(), document.paragraphs().size());
        return out.toString();
    }

    private static void glossary(StringBuilder out, List<Concept> concepts, List<String> columns) {
        out.append("<h2>Glossary</h2>\n<table>\n<thead><tr>");
        for (String lang : columns) {
            out.append("<th lang=\"en\">");
            escape(out, languageName(lang));
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Concept c : concepts) {
            out.append("<tr>");
            for (String lang : columns) {
                out.append("<td lang=\"").append(lang).append("\">");
                escape(out, c.preferred(lang));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The language's own name in English, for headers ("Korean", "Ukrainian"). */
    static String languageName(String tag) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
