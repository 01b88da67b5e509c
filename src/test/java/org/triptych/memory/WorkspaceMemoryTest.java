package org.triptych.memory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.task.TaskRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceMemoryTest {

    @TempDir
    Path root;

    private static Paragraph paragraph(String id, String en, String ko, String uk, Status status) {
        return new Paragraph(id, en, Map.of("ko", new Translation(ko, ko.isEmpty() ? Status.NONE : status),
                "uk", new Translation(uk, uk.isEmpty() ? Status.NONE : status)), "", Map.of(), 0);
    }

    private Document document(String name, List<Paragraph> paragraphs) throws IOException {
        Path file = root.resolve("translations").resolve(name + ".csv");
        Files.createDirectories(file.getParent());
        Document document = new Document(file, List.of("id", "en", "ko", "ko_status", "uk", "uk_status"), List.of("ko", "uk"),
                paragraphs);
        DocumentCodec.save(document);
        return document;
    }

    private void tmx(String name, String text) throws IOException {
        Files.createDirectories(root.resolve("tm"));
        Files.writeString(root.resolve("tm").resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String tmxUnit(String en, String ko, String uk) {
        return "<tu><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"ko-KR\"><seg>" + ko
                + "</seg></tuv><tuv xml:lang=\"uk-UA\"><seg>" + uk + "</seg></tuv></tu>\n";
    }

    private static String tmxFile(String units) {
        return "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n" + units + "</body></tmx>\n";
    }

    private WorkspaceMemory built(Document open) {
        WorkspaceMemory memory = new WorkspaceMemory(root, Runnable::run, new TaskRunner());
        List<Path> documents;
        try (var files = Files.list(root.resolve("translations"))) {
            documents = files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        memory.build(documents, open).join();
        return memory;
    }

    @Test
    void sentencesOfOtherDocumentsAreFoundWithBothTranslations() throws IOException {
        document("older", List.of(paragraph("a1",
                "The soldiers crossed the river at dawn. They reached the village by noon.",
                "병사들은 새벽에 강을 건넜다. 그들은 정오에 마을에 도착했다.",
                "Солдати перетнули річку на світанку. Опівдні вони дісталися села.", Status.TRANSLATED),
                paragraph("a2", "Nobody has translated this yet.", "", "", Status.NONE)));
        Document open = document("open", List.of(paragraph("b1",
                "The soldiers crossed the river at night. Nobody has translated this yet.", "", "", Status.NONE)));
        try (WorkspaceMemory memory = built(open)) {
            WorkspaceMemory.Suggestions found = memory.suggest(open.path(), open.paragraphs().get(0), 70, 5);
            assertThat(found.sentences()).hasSize(2);
            TranslationMemory.Match best = found.sentences().get(0).matches().get(0);
            // 7 words, one replaced: ⌊100 · 6/7⌋ = 85
            assertThat(best.score()).isEqualTo(85);
            assertThat(best.entry().target("ko")).isEqualTo("병사들은 새벽에 강을 건넜다.");
            assertThat(best.entry().target("uk")).isEqualTo("Солдати перетнули річку на світанку.");
            assertThat(best.entry().status("uk")).isEqualTo(Status.TRANSLATED);
            assertThat(best.entry().origin().name()).isEqualTo("older");
            assertThat(found.sentences().get(1).matches()).as("untranslated cells are no memory").isEmpty();
            assertThat(found.whole("uk")).isEmpty();
            assertThat(memory.state().ready()).isTrue();
        }
    }

    @Test
    void aMalformedTmxIsNamedWithItsLineAndEverythingElseIsKept() throws IOException {
        Document open = document("open", List.of(paragraph("p1", "Peace talks resumed in Geneva on Monday.", "", "", Status.NONE)));
        tmx("client.tmx", tmxFile(tmxUnit("Peace talks resumed in Geneva on Tuesday.", "평화 회담이 화요일 제네바에서 재개되었다.",
                "Мирні переговори відновилися в Женеві у вівторок.")));
        tmx("broken.tmx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
                + "<tu><tuv xml:lang=\"en\"><seg>Peace talks</seg></tuv>\n<tu>\n</body></tmx>\n");
        try (WorkspaceMemory memory = built(open)) {
            assertThat(memory.state().problems()).singleElement().asString()
                    .contains("broken.tmx").containsPattern("broken\\.tmx:\\d+: ");
            TranslationMemory.Match match = memory.suggest(open.path(), open.paragraphs().get(0), 70, 5).sentences().get(0)
                    .matches().get(0);
            assertThat(match.entry().origin().kind()).isEqualTo(MemoryEntry.Kind.TMX);
            assertThat(match.entry().origin().name()).isEqualTo("client.tmx");
            assertThat(match.entry().target("uk")).isEqualTo("Мирні переговори відновилися в Женеві у вівторок.");
            assertThat(match.entry().target("ko")).isEqualTo("평화 회담이 화요일 제네바에서 재개되었다.");
        }
    }

    @Test
    void aCellMarkedTranslatedIsFoundAtOnceAndItsOldTextIsGone() throws IOException {
        Paragraph first = paragraph("p1", "The bridge was destroyed in March.", "", "", Status.NONE);
        Paragraph second = paragraph("p2", "The bridge was destroyed in April.", "", "", Status.NONE);
        Document open = document("open", List.of(first, second));
        try (WorkspaceMemory memory = built(open)) {
            assertThat(memory.suggest(open.path(), second, 70, 5).all()).isEmpty();
            Paragraph translated = first.withTarget("uk", new Translation("Міст зруйнували в березні.", Status.TRANSLATED));
            memory.paragraphChanged(open.path(), translated, open.targets());
            Paragraph changed = translated.withTarget("uk", new Translation("Міст підірвали в березні.", Status.TRANSLATED));
            memory.paragraphChanged(open.path(), changed, open.targets());
            memory.build(List.of(), null).join(); // the lane is serial: what was queued before is done
            assertThat(memory.suggest(open.path(), second, 70, 5).all()).singleElement()
                    .satisfies(m -> assertThat(m.entry().target("uk")).isEqualTo("Міст підірвали в березні."));
            assertThat(memory.suggest(open.path(), changed, 70, 5).all()).as("a paragraph is not its own match").isEmpty();
        }
    }

    @Test
    void concordanceFindsAnInflectedWordWithBothTranslations() throws IOException {
        document("older", List.of(paragraph("a1", "The defector spoke to reporters.", "탈북자는 기자들에게 말했다.",
                "Перебіжчик розмовляв із журналістами.", Status.REVIEWED)));
        Document open = document("open", List.of(paragraph("b1", "Two defectors' families stayed behind.", "두 탈북자의 가족은 남았다.",
                "Родини двох перебіжчиків залишилися.", Status.TRANSLATED)));
        try (WorkspaceMemory memory = built(open)) {
            List<TranslationMemory.Hit> hits = memory.concordance("defectors", 10);
            assertThat(hits).extracting(h -> h.entry().english())
                    .containsExactlyInAnyOrder("The defector spoke to reporters.", "Two defectors' families stayed behind.");
            TranslationMemory.Hit first = hits.stream().filter(h -> h.entry().english().startsWith("The")).findFirst().orElseThrow();
            assertThat(first.entry().english().substring(first.spans().get(0)[0], first.spans().get(0)[1])).isEqualTo("defector");
            assertThat(first.entry().target("uk")).isEqualTo("Перебіжчик розмовляв із журналістами.");
            assertThat(memory.concordance("reporter", 10)).hasSize(1);
            assertThat(memory.concordance("spoke reporters", 10)).as("a phrase is found as a phrase").isEmpty();
        }
    }

    @Test
    void aParagraphWhoseTranslationCouldNotBeAlignedIsStillTakenWhole() throws IOException {
        String english = "Yes. Right. A much longer third sentence follows here, with many words in it.";
        String ukrainian = "Довге речення, яке перекладає все разом, але геть не так, як в оригіналі, з багатьма словами. Так.";
        document("older", List.of(paragraph("a1", english, "", ukrainian, Status.TRANSLATED)));
        Document open = document("open", List.of(paragraph("b1", english, "", "", Status.NONE)));
        try (WorkspaceMemory memory = built(open)) {
            WorkspaceMemory.Suggestions found = memory.suggest(open.path(), open.paragraphs().get(0), 70, 5);
            assertThat(found.sentences().get(0).matches()).as("Yes. has no Ukrainian unit of its own").isEmpty();
            assertThat(found.paragraph()).singleElement().satisfies(m -> assertThat(m.score()).isEqualTo(100));
            assertThat(found.whole("uk")).contains(ukrainian);
            assertThat(found.whole("ko")).isEmpty();
        }
    }

    @Test
    void unalignedTranslationsStayOneParagraphUnit() {
        List<MemoryEntry> units = MemoryUnits.units("Yes. Right. A much longer third sentence follows here, with many words in it.",
                Map.of("uk", "Довге речення, яке перекладає все разом, але геть не так, як в оригіналі, з багатьма словами. Так."),
                Map.of("uk", Status.TRANSLATED), new MemoryEntry.Origin(MemoryEntry.Kind.DOCUMENT, "d", "d", "p", 0));
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.paragraph()).isTrue();
            assertThat(u.english()).startsWith("Yes. Right.");
        });
    }
}
