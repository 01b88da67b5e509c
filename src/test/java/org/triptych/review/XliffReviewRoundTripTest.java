package org.triptych.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;
import org.triptych.export.ExportFormat;
import org.triptych.export.ExportOptions;
import org.triptych.export.Exports;
import org.triptych.importer.ReviewImport;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;
import org.triptych.testing.XmlValidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The same round trip through XLIFF 2.1, as a reviewer in another CAT tool makes it: a target rewritten, a note
 * added to a unit's {@code <notes>}, a unit's state raised to {@code reviewed}; read back as pending changes,
 * accepted, saved.
 */
class XliffReviewRoundTripTest {

    @TempDir
    Path dir;

    private Path article;
    private Path xliff;

    @BeforeEach
    void export() throws Exception {
        Files.createDirectories(dir.resolve("translations"));
        article = dir.resolve("translations/article.csv");
        DocumentCodec.save(ExchangeFixtures.document(article));
        xliff = dir.resolve("article.ko.xlf");
        Exports.export(ExportFormat.XLIFF, DocumentCodec.read(article), List.of("ko"), ExportOptions.DEFAULT, xliff, Progress.NONE);
    }

    @Test
    void editsNotesAndStatesComeBackPendingAndAreSavedWhenAccepted() throws Exception {
        String xml = Files.readString(xliff);
        assertThat(xml).contains("version=\"2.1\"").contains("<notes><note>names checked</note></notes>");
        xml = xml.replace("<notes><note>names checked</note></notes>",
                        "<notes><note>names checked</note><note category=\"review\">Title: Prime Minister, not Premier.</note></notes>")
                .replace("<target>회담은 두 시간 동안 진행됐다.</target>", "<target>회담은 두 시간 동안 이어졌다.</target>")
                .replaceFirst("(<unit id=\"p4\"><segment) state=\"translated\"", "$1 state=\"reviewed\"");
        Files.writeString(xliff, xml);
        Path data = ExchangeFixtures.sharedData("validating the reviewed XLIFF");
        if (data != null) {
            assertThat(XmlValidation.againstXsd(data.resolve("schemas/xliff20/xliff_core_2.0.xsd"), xliff)).isEmpty();
        }
        byte[] before = Files.readAllBytes(article);

        ReviewImport.Review read = ReviewImport.read(xliff, DocumentCodec.read(article));
        assertThat(read.changes()).extracting(ReviewImport.Change::id, ReviewImport.Change::kind, ReviewImport.Change::after,
                        ReviewImport.Change::afterStatus)
                .containsExactly(
                        tuple("p1", ReviewImport.Kind.NOTE, "names checked\nTitle: Prime Minister, not Premier.", Status.NONE),
                        tuple("p2", ReviewImport.Kind.TARGET, "회담은 두 시간 동안 이어졌다.", Status.DRAFT),
                        tuple("p4", ReviewImport.Kind.TARGET, "첫 줄\n둘째 줄", Status.REVIEWED));
        assertThat(Files.readAllBytes(article)).as("reading writes nothing").isEqualTo(before);

        try (WorkspaceSession session = WorkspaceSession.open(dir, Terminology::of, Runnable::run, WorkspaceSession.Listeners.none())) {
            session.review().offer(read);
            assertThat(session.unsaved()).isFalse();
            assertThat(session.review().acceptAll()).isEqualTo(3);
        }
        Document saved = DocumentCodec.read(article);
        assertThat(saved.paragraph("p1").orElseThrow().note()).isEqualTo("names checked\nTitle: Prime Minister, not Premier.");
        assertThat(saved.paragraph("p2").orElseThrow().target("ko")).isEqualTo(new Translation("회담은 두 시간 동안 이어졌다.", Status.DRAFT));
        assertThat(saved.paragraph("p4").orElseThrow().target("ko")).isEqualTo(new Translation("첫 줄\n둘째 줄", Status.REVIEWED));
        assertThat(saved.paragraph("p2").orElseThrow().target("uk")).as("another language untouched")
                .isEqualTo(ExchangeFixtures.document(article).paragraph("p2").orElseThrow().target("uk"));
    }

    @Test
    void anUnchangedFileHasNoChanges() throws Exception {
        assertThat(ReviewImport.read(xliff, DocumentCodec.read(article)).changes()).isEmpty();
    }

    @Test
    void aUnitAddedOrForAnotherLanguageIsRefused() throws Exception {
        String xml = Files.readString(xliff);
        Files.writeString(xliff, xml.replace("</file>", "<unit id=\"p9\"><segment><source>Extra.</source><target>추가.</target></segment></unit>\n</file>"));
        assertThatThrownBy(() -> ReviewImport.read(xliff, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("unit 5: paragraph id \"p9\" is not in article.csv");
        Files.writeString(xliff, xml.replace("trgLang=\"ko\"", "trgLang=\"de\""));
        assertThatThrownBy(() -> ReviewImport.read(xliff, DocumentCodec.read(article))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("\"de\" is not a target of article.csv");
    }
}
