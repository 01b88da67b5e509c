package org.triptych.exchange;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.export.TmxExporter;
import org.triptych.export.XliffExporter;
import org.triptych.importer.TranslationImport;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;
import org.triptych.testing.XmlValidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Paragraph notes leave through TMX and XLIFF and come back through the translation import unchanged. */
class NoteRoundTripTest {

    /** Hangul, Cyrillic, quotes, markup characters, line breaks and inner runs of spaces. */
    static final String NOTE = "키이우, not 키예프 — «Київ», \"Kyiv\" & 'Kiev' <b>not bold</b>\n"
            + "second line:  two spaces\n\n  after a blank line, indented";

    @TempDir
    Path dir;

    private Document withNotes() {
        Document document = ExchangeFixtures.document(dir.resolve("article.csv"));
        Paragraph p2 = document.paragraph("p2").orElseThrow().withNote(NOTE);
        return document.withParagraph(p2);
    }

    /** The same document as a colleague's copy: every note empty. */
    private static Document withoutNotes(Document document) {
        return document.withParagraphs(document.paragraphs().stream().map(p -> p.withNote("")).toList());
    }

    @Test
    void tmxBringsEveryNoteBackExactly() throws Exception {
        Path tmx = dir.resolve("article.tmx");
        TmxExporter.export(withNotes(), List.of(), tmx, Progress.NONE);
        TranslationImport.Result result = TranslationImport.apply(withoutNotes(withNotes()), TmxCodec.read(tmx), Progress.NONE);
        assertThat(result.notesChanged()).isEqualTo(2);
        assertThat(result.document().paragraphs()).extracting(Paragraph::note)
                .containsExactly("names checked", NOTE, "", "");
    }

    @Test
    void xliffBringsEveryNoteBackExactlyWithItsLineBreaks() throws Exception {
        List<Path> files = XliffExporter.export(withNotes(), List.of(), dir.resolve("article.xlf"), Progress.NONE);
        Document document = withoutNotes(withNotes());
        int notesChanged = 0;
        for (Path file : files) {
            TranslationImport.Result result = TranslationImport.apply(document, XliffCodec.read(file), Progress.NONE);
            notesChanged += result.notesChanged();
            document = result.document();
        }
        assertThat(notesChanged).as("the second language's file brings the same notes: nothing to add").isEqualTo(2);
        assertThat(document.paragraphs()).extracting(Paragraph::note).containsExactly("names checked", NOTE, "", "");
        String xliff = Files.readString(files.get(0));
        assertThat(xliff).contains("<notes><note xml:space=\"preserve\">키이우, not 키예프 — «Київ», \"Kyiv\" &amp; 'Kiev' &lt;b&gt;not bold&lt;/b&gt;\n");
        assertThat(xliff).contains("<notes><note>names checked</note></notes>");
    }

    @Test
    void exportsWithNotesStayValidAgainstTheXliff2SchemaAndTheTmx14Dtd() throws Exception {
        Path data = ExchangeFixtures.sharedData("XLIFF schema and TMX DTD validation of notes");
        Assumptions.assumeTrue(data != null, "../shared is absent");
        for (Path xliff : XliffExporter.export(withNotes(), List.of(), dir.resolve("a.xlf"), Progress.NONE)) {
            assertThat(Files.readString(xliff)).contains("<note xml:space=\"preserve\">");
            assertThat(XmlValidation.againstXsd(data.resolve("schemas/xliff20/xliff_core_2.0.xsd"), xliff)).as(xliff.toString()).isEmpty();
        }
        Path tmx = dir.resolve("a.tmx");
        TmxExporter.export(withNotes(), List.of(), tmx, Progress.NONE);
        assertThat(Files.readString(tmx)).contains("<note>names checked</note>");
        assertThat(XmlValidation.againstDtd(data.resolve("schemas/tmx/tmx14.dtd"), tmx)).isEmpty();
    }
}
