package org.triptych.team;

import org.triptych.io.CsvTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and edits one cell of a workspace CSV on disk, as another program (or the window's save) would. */
final class Cells {

    private Cells() {
    }

    static String get(Path root, String file, String key, String column) throws IOException {
        CsvTable table = CsvTable.read(root.resolve(file));
        CsvKind kind = CsvKind.of(file, table.header());
        int index = table.header().indexOf(column);
        for (CsvTable.Row row : table.rows()) {
            if (kind.ownKey(table.header(), row.cells()).equals(key)) {
                return index < 0 ? "" : row.cell(index);
            }
        }
        return null;
    }

    /** Sets a cell of the row with {@code key}; adds the row (key in its key column) when there is none. */
    static void set(Path root, String file, String key, String column, String value) throws IOException {
        Path path = root.resolve(file);
        CsvTable table = CsvTable.read(path);
        CsvKind kind = CsvKind.of(file, table.header());
        List<String> header = new ArrayList<>(table.header());
        if (!header.contains(column)) {
            header.add(column);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean found = false;
        for (CsvTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            if (kind.ownKey(table.header(), row.cells()).equals(key)) {
                cells.set(header.indexOf(column), value);
                found = true;
            }
            rows.add(cells);
        }
        if (!found) {
            List<String> cells = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            cells.set(header.indexOf(CsvKind.CONCEPT_ID), key);
            cells.set(header.indexOf(column), value);
            rows.add(cells);
        }
        CsvTable.save(path, header, rows);
    }

    /** The id of the concept whose preferred English term is {@code english}. */
    static String conceptId(Path root, String file, String english) throws IOException {
        CsvTable table = CsvTable.read(root.resolve(file));
        int en = table.header().indexOf("en");
        int id = table.header().indexOf(CsvKind.CONCEPT_ID);
        return table.rows().stream().filter(r -> r.cell(en).split("\\|")[0].equals(english))
                .map(r -> r.cell(id)).findFirst().orElseThrow();
    }

    static String text(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file));
    }
}
