package org.triptych.io;

import com.ibm.icu.text.Normalizer2;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file as a header and rows of cells, each row knowing the line it starts on. Reading is strict
 * (RFC 4180, UTF-8, a header row, no duplicate column names; blank lines are skipped); writing is
 * deterministic (minimal quoting, LF line ends also inside cells, NFC, no BOM), so a file Triptych wrote
 * reads and writes back to the same bytes.
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {

    /** One record: the 1-based line it starts on and its cells (padded to the header's width). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    // Blank lines are kept as records (and skipped below) so that the parser's line count stays exact.
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    // Commons CSV formats line numbers with the default locale's grouping ("1,502", "1.502", "1 502").
    private static final Pattern COMMONS_LINE = Pattern.compile("(?:startline|line:?) (\\d[\\d,.\\s\u00a0\u202f']*\\d|\\d)");

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    public static CsvTable read(Path file) throws IOException {
        return parse(file, TextFiles.readUtf8(file));
    }

    /**
     * Parses text already decoded from {@code file}; the file is only used in messages. A leading BOM is
     * skipped and CRLF or CR line ends, also inside quoted cells, become LF.
     */
    public static CsvTable parse(Path file, String text) throws BadFileException {
        String lf = toLf(text.startsWith("\uFEFF") ? text.substring(1) : text);
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(lf), READ);
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot parse CSV: " + e.getMessage(), e);
        }
        try (parser) {
            return parseRecords(file, parser);
        } catch (BadFileException e) {
            throw e;
        } catch (IOException e) {
            throw new BadFileException(file, 0, "cannot parse CSV: " + e.getMessage(), e); // closing a string reader
        }
    }

    private static CsvTable parseRecords(Path file, CSVParser parser) throws BadFileException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // Every record, blank lines included, ends with a line end, so the next one starts on the next line.
            long startLine = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw translate(file, startLine, e);
            }
            List<String> cells = record.toList();
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (header == null) {
                header = checkHeader(file, startLine, cells);
                continue;
            }
            if (cells.size() > header.size()) {
                throw new BadFileException(file, startLine, "row has " + cells.size()
                        + " fields but the header has " + header.size() + " (a stray comma or quote?)");
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).length() > Limits.MAX_CELL_CHARS) {
                    throw new BadFileException(file, startLine, Limits.tooLong("the cell in column \"" + header.get(i) + "\"",
                            cells.get(i).length()));
                }
            }
            List<String> padded = new ArrayList<>(cells);
            while (padded.size() < header.size()) {
                padded.add("");
            }
            rows.add(new Row((int) startLine, padded));
        }
        if (header == null) {
            throw new BadFileException(file, 1, "empty file: a header row is required");
        }
        return new CsvTable(file, header, rows);
    }

    private static List<String> checkHeader(Path file, long line, List<String> cells) throws BadFileException {
        Set<String> seen = new HashSet<>();
        List<String> header = new ArrayList<>();
        for (String raw : cells) {
            String name = raw.strip();
            if (name.isEmpty()) {
                throw new BadFileException(file, line, "header has an empty column name (column " + (header.size() + 1) + ")");
            }
            if (!seen.add(name)) {
                throw new BadFileException(file, line, "duplicate column \"" + name + "\" in the header");
            }
            header.add(name);
        }
        return header;
    }

    private static BadFileException translate(Path file, long startLine, RuntimeException e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        long line = startLine;
        Matcher m = COMMONS_LINE.matcher(message);
        if (m.find()) {
            line = Long.parseLong(m.group(1).replaceAll("\\D", ""));
        }
        String problem;
        if (message.contains("EOF reached before encapsulated token finished")) {
            problem = "unbalanced quote: a quoted field opened here is never closed";
        } else if (message.contains("Invalid character between encapsulated token and delimiter")
                || message.contains("invalid char between encapsulated token and delimiter")) {
            problem = "text after a closing quote (a quote inside a field must be doubled: \"\")";
        } else {
            problem = "malformed CSV: " + message;
        }
        return new BadFileException(file, line, problem, e);
    }

    private static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A cell as it is written: LF line ends and NFC, like every cell read back. */
    private static String normalizeCell(String cell) {
        String lf = toLf(cell);
        return NFC.isNormalized(lf) ? lf : NFC.normalize(lf);
    }

    private static List<String> normalizeCells(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(normalizeCell(cell == null ? "" : cell));
        }
        return out;
    }

    /** Formats rows as CSV text: header first, minimal quoting, LF after every record. */
    public static String format(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(normalizeCells(header));
            for (List<String> row : rows) {
                printer.printRecord(normalizeCells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Saves a workspace file atomically ({@link AtomicFiles}): header and rows formatted as by {@link #format},
     * after checking that Triptych could read it back ({@link Limits}); nothing is written otherwise.
     */
    public static void save(Path file, List<String> header, List<List<String>> rows) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell != null && cell.length() > Limits.MAX_CELL_CHARS) {
                    String column = c < header.size() ? header.get(c) : String.valueOf(c + 1);
                    throw new CannotSaveException(file, Limits.tooLong("row " + (r + 1) + ", column \"" + column + "\"",
                            cell.length()), Files.exists(file), null);
                }
            }
        }
        saveText(file, format(header, rows));
    }

    /** Saves CSV text as a workspace file, refusing one larger than Triptych reads. */
    static void saveText(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        checkFileSize(file, bytes.length);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static void checkFileSize(Path file, long bytes) throws CannotSaveException {
        if (bytes > Limits.MAX_WORKSPACE_FILE_BYTES) {
            throw new CannotSaveException(file, "it would be " + Limits.megabytes(bytes) + ", more than the "
                    + Limits.megabytes(Limits.MAX_WORKSPACE_FILE_BYTES) + " Triptych opens", Files.exists(file), null);
        }
    }

    /** Formats a single record, LF-terminated, as it would appear in a file written by {@link #format}. */
    public static String formatRow(List<String> row) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(normalizeCells(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
