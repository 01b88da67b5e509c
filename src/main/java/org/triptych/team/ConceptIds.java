package org.triptych.team;

import org.triptych.io.CsvTable;
import org.triptych.io.WorkspaceLock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Gives every concept of a glossary an id, so that a merge still knows it after its English term is renamed: an
 * {@code id} column at the end of the header (the only column this adds; every other column and cell is kept) and,
 * for each row without one, an id made from its preferred English term, so that two people giving ids to the same
 * unshared concept give the same id. Runs before every commit of a shared workspace. Any thread but the EDT.
 */
public final class ConceptIds {

    private static final int ID_HEX_DIGITS = 10;

    private ConceptIds() {
    }

    /** Fills in missing ids in {@code glossary} under the workspace lock; returns how many it gave. */
    public static int assign(Path glossary) throws IOException {
        return WorkspaceLock.updateFile(glossary, () -> {
            CsvTable table = CsvTable.read(glossary);
            List<String> header = new ArrayList<>(table.header());
            int column = header.indexOf(CsvKind.CONCEPT_ID);
            if (column < 0) {
                header.add(CsvKind.CONCEPT_ID);
                column = header.size() - 1;
            }
            Set<String> used = new HashSet<>();
            for (CsvTable.Row row : table.rows()) {
                used.add(row.cell(column).strip());
            }
            List<List<String>> rows = new ArrayList<>();
            int given = 0;
            for (CsvTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                if (cells.get(column).isBlank() && !cells.stream().allMatch(String::isBlank)) {
                    String id = newId(CsvKind.englishKey(table.header(), row.cells()), used);
                    used.add(id);
                    cells.set(column, id);
                    given++;
                }
                rows.add(cells);
            }
            if (given > 0) {
                CsvTable.save(glossary, header, rows);
            }
            return given;
        });
    }

    private static String newId(String englishKey, Set<String> used) {
        String id = englishKey.isEmpty() ? random() : digest(englishKey);
        for (int k = 2; used.contains(id); k++) {
            id = (englishKey.isEmpty() ? random() : digest(englishKey)) + "-" + k;
        }
        return id;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "c" + HexFormat.of().formatHex(hash).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String random() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, ID_HEX_DIGITS);
    }
}
