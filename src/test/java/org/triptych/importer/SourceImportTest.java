package org.triptych.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceImportTest {

    @TempDir
    Path root;

    @Test
    void createsANewDocumentWithNumberedParagraphs() throws Exception {
        Path source = root.resolve("article.txt");
        Files.writeString(source, "One.\n\nTwo.\n");
        SourceImport.Report report = SourceImport.run(root, source, "", false, null, List.of("ko", "uk"), Progress.NONE);
        Document doc = DocumentCodec.read(report.document());
        assertThat(report.document()).isEqualTo(root.resolve("translations/article.csv"));
        assertThat(doc.paragraphs()).extracting(Paragraph::id).containsExactly("p1", "p2");
        assertThat(doc.targets()).containsExactly("ko", "uk");
    }

    @Test
    void updateKeepsUnchangedWorkSendsChangedToDraftAndBacksUpRemoved() throws Exception {
        Document existing = ExchangeFixtures.document(root.resolve("translations/article.csv"));
        DocumentCodec.save(existing);
        Path source = root.resolve("new.txt");
        // p1 unchanged, p2 edited, p3 removed, a new paragraph, p4 unchanged (its line break tidied away).
        Files.writeString(source, existing.paragraphs().get(0).source() + "\n\nThe talks lasted three hours.\n\nA new ending.\n\nLine one line two\n");
        SourceImport.Report report = SourceImport.run(root, source, "article", false, null, List.of(), Progress.NONE);
        assertThat(report.updated()).isTrue();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        Document doc = DocumentCodec.read(root.resolve("translations/article.csv"));
        assertThat(doc.paragraphs()).extracting(Paragraph::id).containsExactly("p1", "p2", "p5", "p4");
        Paragraph p1 = doc.paragraph("p1").orElseThrow();
        assertThat(p1.target("ko").status()).isEqualTo(Status.REVIEWED);
        Paragraph p2 = doc.paragraph("p2").orElseThrow();
        assertThat(p2.source()).isEqualTo("The talks lasted three hours.");
        assertThat(p2.target("ko").text()).isEqualTo("회담은 두 시간 동안 진행됐다.");
        assertThat(p2.target("uk").status()).isEqualTo(Status.DRAFT);
        assertThat(p2.extra().get(SourceUpdate.PREVIOUS_COLUMN)).isEqualTo("The talks lasted \"two hours\" & ended <early>.");
        Document backup = DocumentCodec.read(report.backup());
        assertThat(backup.paragraphs()).extracting(Paragraph::id).containsExactly("p3");
        assertThat(backup.paragraphs().get(0).target("uk").text()).isEqualTo("-Це не формула.");
    }

    @Test
    void aMovedParagraphKeepsItsTranslations() {
        Document existing = ExchangeFixtures.document(root.resolve("a.csv"));
        List<String> reordered = List.of(existing.paragraphs().get(2).source(), existing.paragraphs().get(0).source(),
                existing.paragraphs().get(1).source(), SourceReader.tidy(existing.paragraphs().get(3).source()));
        SourceUpdate.Result result = SourceUpdate.apply(existing, reordered);
        assertThat(result.changed()).isZero();
        assertThat(result.removed()).isEmpty();
        assertThat(result.document().paragraphs()).extracting(Paragraph::id).containsExactly("p3", "p1", "p2", "p4");
        assertThat(result.document().paragraph("p3").orElseThrow().target("uk").status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void aFailedImportChangesNoWorkspaceFile() throws Exception {
        Document existing = ExchangeFixtures.document(root.resolve("translations/article.csv"));
        DocumentCodec.save(existing);
        byte[] before = Files.readAllBytes(existing.path());
        Path source = root.resolve("article.txt");
        Files.write(source, new byte[] {'x', 0, 0, 0, 0, 1, 2, 3, 4});
        assertThatThrownBy(() -> SourceImport.run(root, source, "", false, null, List.of(), Progress.NONE))
                .isInstanceOf(BadFileException.class);
        assertThat(Files.readAllBytes(existing.path())).isEqualTo(before);
        assertThat(root.resolve(SourceImport.BACKUPS)).doesNotExist();
    }
}
