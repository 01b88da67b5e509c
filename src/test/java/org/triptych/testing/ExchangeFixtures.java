package org.triptych.testing;

import org.triptych.model.Concept;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Term;
import org.triptych.model.Translation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small trilingual documents and glossaries for the exchange tests, and the way to the shared reference data. */
public final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    /** A document with Korean and Ukrainian targets in every status, a note, and awkward characters. */
    public static Document document(Path file) {
        return new Document(file, List.of("id", "en", "ko", "ko_status", "uk", "uk_status", "note"), List.of("ko", "uk"), List.of(
                paragraph("p1", "President Zelensky met Prime Minister Starmer in London.",
                        "젤렌스키 대통령은 런던에서 스타머 총리를 만났다.", Status.REVIEWED,
                        "Президент Зеленський зустрівся з прем'єр-міністром Стармером у Лондоні.", Status.TRANSLATED, "names checked"),
                paragraph("p2", "The talks lasted \"two hours\" & ended <early>.",
                        "회담은 두 시간 동안 진행됐다.", Status.DRAFT,
                        "Переговори тривали дві години.", Status.NONE, ""),
                paragraph("p3", "=SUM(A1:A3) is not a formula here.", "", Status.NONE,
                        "-Це не формула.", Status.DRAFT, ""),
                paragraph("p4", "Line one\nline two", "첫 줄\n둘째 줄", Status.TRANSLATED, "", Status.NONE, "")));
    }

    private static Paragraph paragraph(String id, String en, String ko, Status koStatus, String uk, Status ukStatus, String note) {
        return new Paragraph(id, en, Map.of("ko", new Translation(ko, koStatus), "uk", new Translation(uk, ukStatus)),
                note, Map.of(), 0);
    }

    public static List<Concept> glossary() {
        return List.of(
                new Concept(Map.of("en", List.of(new Term("en", "Zelensky", true)),
                        "ko", List.of(new Term("ko", "젤렌스키", true)),
                        "uk", List.of(new Term("uk", "Зеленський", true), new Term("uk", "Володимир Зеленський", false))),
                        Map.of("uk", List.of("Зеленский")), "President of Ukraine", Map.of(), 2),
                new Concept(Map.of("en", List.of(new Term("en", "Kyiv", true)),
                        "ko", List.of(new Term("ko", "키이우", true)),
                        "uk", List.of(new Term("uk", "Київ", true))),
                        Map.of("ko", List.of("키예프")), "", Map.of(), 3));
    }

    /** {@code ../shared/data}, or null after printing why tests that need it are skipped. */
    public static Path sharedData(String why) {
        Path data = Path.of("..", "shared", "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            System.out.println("skipped: " + why + " needs " + data + ", which is absent");
            return null;
        }
        return data;
    }
}
