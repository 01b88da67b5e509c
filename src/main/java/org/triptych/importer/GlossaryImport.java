package org.triptych.importer;

import org.triptych.exchange.OmegatGlossary;
import org.triptych.exchange.TbxCodec;
import org.triptych.io.BadFileException;
import org.triptych.io.Columns;
import org.triptych.io.CsvTable;
import org.triptych.io.GlossaryCodec;
import org.triptych.io.TextFiles;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads glossaries from other tools (TBX, OmegaT's tab-separated or CSV glossary, Triptych's CSV) and adds
 * their concepts to a workspace glossary, which is created when missing. Nothing is written unless the whole
 * file was read.
 */
public final class GlossaryImport {

    /** What was imported: concepts and terms read (forbidden spellings included), and the glossary written. */
    public record Report(Path glossary, int concepts, int terms, boolean created) {
    }

    private GlossaryImport() {
    }

    /**
     * Reads {@code file} as a glossary bound for {@code target}.
     *
     * @param lang the target language of an OmegaT glossary, which does not name it; unused otherwise
     */
    public static Glossary read(Path file, String lang, Path target) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TbxCodec.read(file, target);
        }
        if (name.endsWith(".csv")) {
            CsvTable table = CsvTable.parse(file, TextFiles.readUtf8(file));
            if (table.header().contains(Columns.SOURCE)) {
                Glossary read = GlossaryCodec.fromTable(table);
                return new Glossary(target, read.columns(), read.languages(), read.concepts());
            }
        }
        if (lang == null || lang.isBlank()) {
            throw new BadFileException(file, 0, "an OmegaT glossary does not name its target language; give it with --lang");
        }
        if (!Columns.isLanguageTag(lang)) {
            throw new IllegalArgumentException("\"" + lang + "\" is not a language tag");
        }
        return OmegatGlossary.read(file, lang, target);
    }

    /** Terms and forbidden spellings in all languages: what "without losing a term" counts. */
    public static int termCount(Glossary glossary) {
        int terms = 0;
        for (Concept c : glossary.concepts()) {
            terms += c.terms().values().stream().mapToInt(List::size).sum();
            terms += c.forbidden().values().stream().mapToInt(List::size).sum();
        }
        return terms;
    }

    /**
     * Imports {@code file} into the glossary CSV {@code target}, appending to it when it exists. The glossary is
     * read, merged and written under the {@link WorkspaceLock}, so a concurrent writer's change is kept.
     */
    public static Report run(Path file, String lang, Path target) throws IOException {
        Glossary imported = read(file, lang, target);
        for (Concept c : imported.concepts()) {
            for (List<Term> terms : c.terms().values()) {
                for (Term t : terms) {
                    if (t.text().contains(GlossaryCodec.SEPARATOR)) {
                        throw new BadFileException(file, c.line(), "the term \"" + t.text() + "\" contains \"|\", which separates "
                                + "alternatives in a Triptych glossary; it would be split in two");
                    }
                }
            }
        }
        return WorkspaceLock.updateFile(target, () -> {
            boolean exists = Files.exists(target);
            Glossary result = imported;
            if (exists) {
                Glossary existing = GlossaryCodec.read(target);
                List<String> columns = new ArrayList<>(existing.columns());
                imported.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
                List<Concept> concepts = new ArrayList<>(existing.concepts());
                concepts.addAll(imported.concepts());
                result = new Glossary(target, columns, columns.stream().filter(Columns::isLanguageTag).toList(), concepts);
            }
            GlossaryCodec.save(result);
            return new Report(target, imported.concepts().size(), termCount(imported), !exists);
        });
    }
}
