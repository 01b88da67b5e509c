package org.triptych.cli;

import org.triptych.importer.GlossaryImport;
import org.triptych.model.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glossary import FILE --into WORKSPACE|GLOSSARY.csv [--lang uk]}: TBX, OmegaT or CSV glossaries in. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a glossary from TBX (TBX-Basic or TBX-Core), OmegaT (tab-separated .txt/.tab or .csv, "
                + "one target language, given with --lang) or Triptych CSV, adding its concepts to a glossary.")
public final class GlossaryImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The glossary to import.")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "TARGET",
            description = "A glossary .csv (created or appended to), or a workspace folder: glossaries/NAME.csv there.")
    Path into;

    @Option(names = "--lang", paramLabel = "TAG", description = "The target language of an OmegaT glossary.")
    String lang;

    @Option(names = "--name", paramLabel = "NAME", description = "The glossary name in a workspace (default: the file's name).")
    String name;

    @Override
    public Integer call() throws Exception {
        Path target = into;
        if (Files.isDirectory(into)) {
            String base = name != null && !name.isBlank() ? name : file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            target = into.resolve(Workspace.GLOSSARIES).resolve(base + ".csv");
        }
        GlossaryImport.Report report = GlossaryImport.run(file, lang, target);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s %s: %d concepts, %d terms from %s%n",
                report.created() ? "created" : "added to", report.glossary(), report.concepts(), report.terms(), file);
        return Cli.OK;
    }
}
