package org.triptych.cli;

import org.triptych.io.DocumentCodec;
import org.triptych.memory.Pretranslation;
import org.triptych.memory.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code triptych pretranslate DOC [--min 100]}: fills empty cells from the translation memory, as drafts. */
@Command(name = "pretranslate", mixinStandardHelpOptions = true,
        description = "Fills the empty cells of a document from its workspace's translation memory (its other documents, "
                + "its own translated paragraphs and tm/*.tmx): a cell gets the best translation of each of its paragraph's "
                + "sentences when every sentence has one scoring at least --min, marked draft.")
public final class PretranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document (.csv) to fill.")
    Path document;

    @Option(names = "--min", description = "The lowest score taken, 1 to 100 (default: ${DEFAULT-VALUE}: the same English).")
    int min = 100;

    @Override
    public Integer call() throws Exception {
        if (min < 1 || min > 100) {
            spec.commandLine().getErr().println("triptych: --min must be between 1 and 100, not " + min);
            return Cli.BAD_INPUT;
        }
        Pretranslation.Result result;
        try (TranslationMemory memory = TmCommand.read(document, DocumentCodec.read(document), spec.commandLine().getErr())) {
            result = Pretranslation.run(document, memory, TmCommand.glossary(document), min);
        }
        PrintWriter out = spec.commandLine().getOut();
        result.filled().forEach((lang, n) -> out.printf(Locale.ROOT, "%s: %d empty cells filled as drafts%n", lang, n));
        return Cli.OK;
    }
}
