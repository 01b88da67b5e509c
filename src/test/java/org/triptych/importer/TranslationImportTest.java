package org.triptych.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.BadFileException;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Document;
import org.triptych.model.Status;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranslationImportTest {

    @TempDir
    Path dir;

    @Test
    void matchesBySourceTextWhenIdsDifferAndReportsTheRest() throws Exception {
        Document doc = ExchangeFixtures.document(dir.resolve("a.csv"));
        DocumentCodec.save(doc);
        Path xlf = dir.resolve("from-tool.xlf");
        Files.writeString(xlf, """
                <?xml version="1.0"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="uk-UA">
                 <file id="f"><unit id="x7"><segment state="final"><source>=SUM(A1:A3) is not
                   a formula here.</source><target>Це не формула, справді.</target></segment></unit>
                 <unit id="x8"><segment><source>Not in the document.</source><target>Немає.</target></segment></unit></file>
                </xliff>
                """);
        TranslationImport.Result result = TranslationImport.run(xlf, doc.path(), Progress.NONE);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.unmatched()).extracting(TranslationImport.Unmatched::id).containsExactly("x8");
        assertThat(result.unmatched().get(0).line()).isEqualTo(5);
        assertThat(result.changed()).containsEntry("uk", 1).containsEntry("ko", 0);
        Document saved = DocumentCodec.read(doc.path());
        assertThat(saved.paragraph("p3").orElseThrow().target("uk").text()).isEqualTo("Це не формула, справді.");
        assertThat(saved.paragraph("p3").orElseThrow().target("uk").status()).isEqualTo(Status.REVIEWED);
    }

    @Test
    void refusesAFileForALanguageTheDocumentDoesNotHave() throws Exception {
        Document doc = ExchangeFixtures.document(dir.resolve("a.csv"));
        DocumentCodec.save(doc);
        byte[] before = Files.readAllBytes(doc.path());
        Path xlf = dir.resolve("de.xlf");
        Files.writeString(xlf, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">"
                + "<file id=\"f\"/></xliff>");
        assertThatThrownBy(() -> TranslationImport.run(xlf, doc.path(), Progress.NONE))
                .isInstanceOf(BadFileException.class).hasMessageContaining("\"de\" is not a target");
        assertThat(Files.readAllBytes(doc.path())).isEqualTo(before);
    }
}
