package org.triptych.export;

import org.triptych.io.AtomicFiles;
import org.triptych.io.Columns;
import org.triptych.io.CsvTable;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.triptych.exchange.SpreadsheetCells.neutralise;

/**
 * The table for spreadsheets: id, English, each target with its status, the note. A cell a spreadsheet would
 * run as a formula gets a leading apostrophe (see {@link org.triptych.exchange.SpreadsheetCells}).
 * UTF-8 with a byte order mark, which spreadsheets need to recognise UTF-8.
 */
public final class CsvExporter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExporter() {
    }

    public static void export(Document document, List<String> langs, Path out, Progress progress) throws IOException {
        List<String> chosen = Exports.languages(document, langs);
        List<String> header = new ArrayList<>(List.of(Columns.ID, Columns.SOURCE));
        for (String lang : chosen) {
            header.add(lang);
            header.add(Columns.statusColumn(lang));
        }
        header.add(Columns.NOTE);
        List<List<String>> rows = new ArrayList<>(document.paragraphs().size());
        int done = 0;
        for (Paragraph p : document.paragraphs()) {
            List<String> row = new ArrayList<>(header.size());
            row.add(neutralise(p.id()));
            row.add(neutralise(p.source()));
            for (String lang : chosen) {
                row.add(neutralise(p.target(lang).text()));
                row.add(p.target(lang).status().cell());
            }
            row.add(neutralise(p.note()));
            rows.add(row);
            if (++done % 1000 == 0) {
                progress.advance(done, document.paragraphs().size());
            }
        }
        byte[] text = CsvTable.format(header, rows).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, stream -> {
            stream.write(BOM);
            stream.write(text);
        });
        progress.advance(document.paragraphs().size(), document.paragraphs().size());
    }
}
