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

    @Test
    void aReviewersNoteDifferentFromTheLocalOneIsAddedBesideItOnceAndSaved() throws Exception {
        Document doc = ExchangeFixtures.document(dir.resolve("a.csv")); // p1's note: "names checked"
        DocumentCodec.save(doc);
        Path xlf = dir.resolve("review.uk.xlf");
        Files.writeString(xlf, """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk">
                 <file id="f">
                  <unit id="p1"><notes><note appliesTo="target">Стармер: перевірити "м'який знак" &amp; &lt;ім'я&gt;</note></notes>
                   <segment><source>President Zelensky met Prime Minister Starmer in London.</source></segment></unit>
                  <unit id="p2"><notes><note>회담 시간 확인</note></notes>
                   <segment><source>The talks lasted "two hours" &amp; ended &lt;early&gt;.</source></segment></unit>
                 </file>
                </xliff>
                """);
        TranslationImport.Result result = TranslationImport.run(xlf, doc.path(), Progress.NONE);
        assertThat(result.changed()).containsEntry("uk", 0).containsEntry("ko", 0);
        assertThat(result.notesChanged()).isEqualTo(2);
        Document saved = DocumentCodec.read(doc.path());
        assertThat(saved.paragraph("p1").orElseThrow().note())
                .isEqualTo("names checked\n— review.uk.xlf: Стармер: перевірити \"м'який знак\" & <ім'я>");
        assertThat(saved.paragraph("p2").orElseThrow().note()).isEqualTo("회담 시간 확인");

        byte[] once = Files.readAllBytes(doc.path());
        assertThat(TranslationImport.run(xlf, doc.path(), Progress.NONE).notesChanged()).as("imported again").isZero();
        assertThat(Files.readAllBytes(doc.path())).isEqualTo(once);
    }

    @Test
    void aNoteNeverReplacesOrDropsALocalNoteItDoesNotContain() {
        String file = "review.xlf";
        assertThat(TranslationImport.mergeNote("", "Київ, не Киев", file)).isEqualTo("Київ, не Киев");
        assertThat(TranslationImport.mergeNote("check the date", "", file)).as("empty in the file").isEqualTo("check the date");
        assertThat(TranslationImport.mergeNote("check\nthe date", "check the date", file)).as("reflowed").isEqualTo("check\nthe date");
        assertThat(TranslationImport.mergeNote("check the date", "check the date: 24 Feb", file)).as("reviewer added")
                .isEqualTo("check the date: 24 Feb");
        assertThat(TranslationImport.mergeNote("check the date: done", "check the date", file)).as("local added since")
                .isEqualTo("check the date: done");
        assertThat(TranslationImport.mergeNote("ok", "okay, but see p3", file)).as("a word, not a prefix")
                .isEqualTo("ok\n— review.xlf: okay, but see p3");
        assertThat(TranslationImport.mergeNote("not ok", "ok", file)).isEqualTo("not ok\n— review.xlf: ok");
        assertThat(TranslationImport.mergeNote("not ok\n— review.xlf: ok", "ok", file)).as("already added").isEqualTo("not ok\n— review.xlf: ok");
        assertThat(TranslationImport.mergeNote("키이우", "\u110f\u1175\u110b\u1175\u110b\u116e", file)).as("decomposed Hangul is the same note")
                .isEqualTo("키이우");
    }
}
