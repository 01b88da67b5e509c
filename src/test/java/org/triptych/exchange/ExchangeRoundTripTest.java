package org.triptych.exchange;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.export.Exports;
import org.triptych.export.TmxExporter;
import org.triptych.export.XliffExporter;
import org.triptych.importer.TranslationImport;
import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Translation;
import org.triptych.task.Progress;
import org.triptych.testing.ExchangeFixtures;
import org.triptych.testing.XmlValidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRoundTripTest {

    @TempDir
    Path dir;

    private Document original() {
        return ExchangeFixtures.document(dir.resolve("article.csv"));
    }

    /** The same paragraphs with every translation emptied, as a fresh copy awaiting the work. */
    private Document blank(Document document) {
        List<Paragraph> empty = document.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), p.source(), Map.of("ko", Translation.EMPTY, "uk", Translation.EMPTY), p.note(), p.extra(), 0))
                .toList();
        return document.withParagraphs(empty);
    }

    @Test
    void tmxExportImportsBackToTheSameTranslationsAndStatuses() throws Exception {
        Path tmx = dir.resolve("article.tmx");
        TmxExporter.export(original(), List.of(), tmx, Progress.NONE);
        TranslationImport.Result result = TranslationImport.apply(blank(original()), TmxCodec.read(tmx), Progress.NONE);
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.matched()).isEqualTo(4);
        for (Paragraph p : original().paragraphs()) {
            Paragraph back = result.document().paragraph(p.id()).orElseThrow();
            for (String lang : List.of("ko", "uk")) {
                if (!p.target(lang).isEmpty()) {
                    assertThat(back.target(lang)).as(p.id() + " " + lang).isEqualTo(p.target(lang));
                }
            }
        }
    }

    @Test
    void xliffExportWritesOneFilePerLanguageAndImportsBack() throws Exception {
        Path out = dir.resolve("article.xlf");
        List<Path> files = XliffExporter.export(original(), List.of(), out, Progress.NONE);
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("article.ko.xlf", "article.uk.xlf");
        Document document = blank(original());
        for (Path file : files) {
            ExchangeFile read = XliffCodec.read(file);
            assertThat(read.units()).hasSize(4);
            document = TranslationImport.apply(document, read, Progress.NONE).document();
        }
        for (Paragraph p : original().paragraphs()) {
            Paragraph back = document.paragraph(p.id()).orElseThrow();
            assertThat(back.source()).isEqualTo(p.source());
            for (String lang : List.of("ko", "uk")) {
                if (!p.target(lang).isEmpty()) {
                    assertThat(back.target(lang)).as(p.id() + " " + lang).isEqualTo(p.target(lang));
                }
            }
        }
    }

    @Test
    void xliffExportIsValidAgainstTheOasisCoreSchema() throws Exception {
        Path data = ExchangeFixtures.sharedData("XLIFF schema validation");
        Assumptions.assumeTrue(data != null, "../shared is absent");
        List<Path> files = XliffExporter.export(original(), List.of(), dir.resolve("a.xlf"), Progress.NONE);
        for (Path file : files) {
            assertThat(XmlValidation.againstXsd(data.resolve("schemas/xliff20/xliff_core_2.0.xsd"), file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void tmxExportIsValidAgainstTheTmx14Dtd() throws Exception {
        Path data = ExchangeFixtures.sharedData("TMX DTD validation");
        Assumptions.assumeTrue(data != null, "../shared is absent");
        Path tmx = dir.resolve("article.tmx");
        TmxExporter.export(original(), List.of(), tmx, Progress.NONE);
        assertThat(XmlValidation.againstDtd(data.resolve("schemas/tmx/tmx14.dtd"), tmx)).isEmpty();
        String text = Files.readString(tmx);
        assertThat(text).contains("srclang=\"en\"").contains("<tu tuid=\"p3\">");
        // p3 has no Korean: only English and Ukrainian variants.
        String p3 = text.substring(text.indexOf("<tu tuid=\"p3\">"), text.indexOf("</tu>", text.indexOf("<tu tuid=\"p3\">")));
        assertThat(p3).contains("xml:lang=\"en\"").contains("xml:lang=\"uk\"").doesNotContain("xml:lang=\"ko\"");
    }

    @Test
    void tbxExportIsValidAgainstTheTbxCoreDtdAndReadsBack() throws Exception {
        var glossary = new org.triptych.model.Glossary(dir.resolve("g.csv"), List.of("en", "ko", "ko_forbidden", "uk", "uk_forbidden", "note"),
                List.of("en", "ko", "uk"), ExchangeFixtures.glossary());
        Path tbx = dir.resolve("g.tbx");
        try (var out = Files.newOutputStream(tbx)) {
            TbxCodec.write(out, glossary, List.of("en", "ko", "uk"));
        }
        Path data = ExchangeFixtures.sharedData("TBX DTD validation");
        if (data != null) {
            assertThat(XmlValidation.againstDtd(data.resolve("schemas/tbx/TBXcoreStructV02.dtd"), tbx)).isEmpty();
        }
        var back = TbxCodec.read(tbx, dir.resolve("back.csv"));
        assertThat(back.concepts()).hasSize(2);
        assertThat(back.concepts().get(0).terms("uk")).extracting(t -> t.text()).containsExactly("Зеленський", "Володимир Зеленський");
        assertThat(back.concepts().get(0).forbidden("uk")).containsExactly("Зеленский");
        assertThat(back.concepts().get(1).forbidden("ko")).containsExactly("키예프");
        assertThat(back.concepts().get(0).note()).isEqualTo("President of Ukraine");
        assertThat(back.columns()).contains("en", "ko", "uk", "uk_forbidden", "ko_forbidden", "note");
    }

    @Test
    void unitsCarryEnglishAndEachChosenLanguage() {
        var units = Exports.units(original(), List.of("uk"));
        assertThat(units.get(0).texts().keySet()).containsExactly(Columns.SOURCE, "uk");
    }
}
