package org.triptych.cli;

import org.triptych.export.GlossaryExport;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Glossary;
import org.triptych.paths.OutputTargets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glossary export GLOSSARY.csv --format tbx|omegat|csv [--lang ko,uk] [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a glossary as TBX-Basic, OmegaT tab-separated glossaries (one file per language) or CSV.")
public final class GlossaryExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GLOSSARY", description = "The glossary (.csv).")
    Path glossary;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "tbx, omegat or csv.")
    String format;

    @Option(names = "--lang", split = ",", paramLabel = "TAG", description = "Languages besides English (default: all).")
    List<String> langs = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: exports/NAME.EXT in the "
            + "glossary's workspace). Never the glossary itself nor another workspace document or glossary.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GlossaryExport.Format chosen;
        try {
            chosen = GlossaryExport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("triptych glossary export: unknown format \"" + format + "\" (tbx, omegat or csv)");
            return Cli.BAD_INPUT;
        }
        Glossary read = GlossaryCodec.read(glossary);
        String base = glossary.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path target = out != null ? out : OutputTargets.defaultExport(glossary, base, chosen.extension());
        OutputTargets.requireExport(GlossaryExport.files(read, chosen, langs, target), List.of(glossary), out != null,
                " (choose another file with --out)");
        for (Path written : GlossaryExport.export(read, chosen, langs, target)) {
            spec.commandLine().getOut().println("wrote " + written);
        }
        return Cli.OK;
    }
}
