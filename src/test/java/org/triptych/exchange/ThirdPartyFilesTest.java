package org.triptych.exchange;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.importer.GlossaryImport;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;
import org.triptych.testing.ExchangeFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real files of other tools in ../shared/data import without losing a term or a unit. */
class ThirdPartyFilesTest {

    @TempDir
    Path dir;

    private Path data() {
        Path data = ExchangeFixtures.sharedData("importing third-party TBX, TMX, XLIFF and OmegaT files");
        Assumptions.assumeTrue(data != null, "../shared is absent");
        return data;
    }

    private static int count(Path file, String regex) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.charset.Charset charset = (bytes[0] & 0xff) == 0xFF ? java.nio.charset.StandardCharsets.UTF_16LE
                : (bytes[0] & 0xff) == 0xFE ? java.nio.charset.StandardCharsets.UTF_16BE : java.nio.charset.StandardCharsets.ISO_8859_1;
        Matcher m = Pattern.compile(regex).matcher(new String(bytes, charset)); // tag names are ASCII in every encoding here
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyTbxFileImportsEveryEntryAndTerm() throws Exception {
        Path data = data();
        try (Stream<Path> files = Files.list(data.resolve("tbx"))) {
            for (Path tbx : files.sorted().toList()) {
                Path target = dir.resolve(tbx.getFileName() + ".csv");
                GlossaryImport.Report report = GlossaryImport.run(tbx, null, target);
                assertThat(report.concepts()).as(tbx.toString()).isEqualTo(count(tbx, "<termEntry[\\s>]"));
                assertThat(report.terms()).as(tbx.toString()).isEqualTo(count(tbx, "<term[\\s>]"));
                Glossary saved = GlossaryCodec.read(target);
                assertThat(GlossaryImport.termCount(saved)).as("saved " + tbx).isEqualTo(report.terms());
            }
        }
    }

    @Test
    void deprecatedTermsOfTheMedtronicFileBecomeForbidden() throws Exception {
        Glossary g = GlossaryImport.read(data().resolve("tbx/okapi_medtronic_TBX.tbx"), null, dir.resolve("m.csv"));
        long forbidden = g.concepts().stream().mapToLong(c -> c.forbidden().values().stream().mapToLong(java.util.List::size).sum()).sum();
        assertThat(forbidden).isEqualTo(2);
        assertThat(g.languages()).contains("en", "da", "sv");
    }

    @Test
    void omegatGlossariesImportEveryEntry() throws Exception {
        Path data = data();
        Glossary uk = GlossaryImport.read(data.resolve("glossary/omegat-l10n-uk_glossary.txt"), "uk", dir.resolve("uk.csv"));
        assertThat(uk.concepts()).hasSize(81);
        assertThat(uk.concepts().stream().filter(c -> !c.note().isEmpty())).hasSize(18);
        assertThat(uk.concepts().get(0).english()).isEqualTo("file filters");
        Glossary tab = GlossaryImport.read(data.resolve("glossary/omegat-test_test.tab"), "fr", dir.resolve("t.csv"));
        assertThat(tab.concepts()).hasSize(4);
        Glossary csv = GlossaryImport.read(data.resolve("glossary/omegat-test_test.csv"), "fr", dir.resolve("c.csv"));
        assertThat(csv.concepts()).hasSize(7);
        assertThat(csv.concepts().get(5).english()).isEqualTo("\"\"k");
        GlossaryImport.Report saved = GlossaryImport.run(data.resolve("glossary/omegat-l10n-uk_glossary.txt"), "uk", dir.resolve("saved.csv"));
        assertThat(GlossaryImport.termCount(GlossaryCodec.read(saved.glossary()))).isEqualTo(saved.terms());
    }

    @Test
    void everyTmxFileReadsEveryUnitAndVariant() throws Exception {
        Path data = data();
        try (Stream<Path> files = Files.walk(data.resolve("tmx"))) {
            for (Path tmx : files.filter(f -> f.toString().endsWith(".tmx")).sorted().toList()) {
                ExchangeFile read = TmxCodec.read(tmx);
                assertThat(read.units()).as(tmx.toString()).hasSize(count(tmx, "<tu[\\s>]"));
                int variants = read.units().stream().mapToInt(u -> u.texts().size()).sum();
                assertThat(variants).as(tmx.toString()).isLessThanOrEqualTo(count(tmx, "<tuv[\\s>]")).isGreaterThan(0);
            }
        }
        ExchangeFile uk = TmxCodec.read(data.resolve("tmx/omegat-l10n-uk_converted-okapi.tmx14.tmx"));
        assertThat(uk.units()).hasSize(5907);
        assertThat(uk.units().stream().filter(u -> u.text("uk") != null && !u.text("uk").isBlank())).hasSize(5907);
    }

    @Test
    void everyXliffFileReadsEveryUnit() throws Exception {
        Path data = data();
        for (String folder : new String[] {"xliff2", "xliff12"}) {
            try (Stream<Path> files = Files.list(data.resolve(folder))) {
                for (Path xlf : files.sorted().toList()) {
                    ExchangeFile read = XliffCodec.read(xlf);
                    String unit = folder.equals("xliff2") ? "<unit[\\s>]" : "<trans-unit[\\s>]";
                    assertThat(read.units()).as(xlf.toString()).hasSize(count(xlf, unit));
                }
            }
        }
        ExchangeFile sample = XliffCodec.read(data.resolve("xliff2/oasis_sample1.xlf"));
        assertThat(sample.units().get(0).text("de")).isEqualTo("Drücken Sie die TAB-TASTE.");
        assertThat(sample.units().get(0).text("en")).isEqualTo("Press the TAB key.");
    }

    @Test
    void anXliff2UnitKeepsItsOwnNotesButNotThoseOfItsFileOrGroup() throws Exception {
        ExchangeFile notes = XliffCodec.read(data().resolve("xliff2/oasis_withNotes.xlf"));
        assertThat(notes.units()).extracting(TranslationUnit::note).containsExactly("note for unit");
    }
}
