package org.triptych.morph;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The team's reference tables in {@code ../shared/reference}; tests using them skip when it is absent. */
final class SharedReference {

    static final Path DIR = Path.of("..", "shared", "reference");

    private SharedReference() {
    }

    /** The file, or a skipped test (with the reason printed) when the shared folder is not there. */
    static Path require(String name) {
        Path file = DIR.resolve(name);
        boolean present = Files.isRegularFile(file);
        if (!present) {
            System.out.println("skipped: " + file + " is absent (a clone without ../shared); in-repo tables still run");
        }
        Assumptions.assumeTrue(present, file + " is absent");
        return file;
    }

    /** Rows of a CSV file with a header, as lists of cells. */
    static List<List<String>> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(r.toList());
            }
            return rows;
        }
    }

    /** Lines of a tab-separated file, split on the tab. */
    static List<String[]> tabbed(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .toList();
    }
}
