package org.triptych.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code triptych} command: with no subcommand the launcher opens the window; this prints help. */
@Command(name = "triptych",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Translation and glossary workbench: one English text into several languages at once.",
        subcommands = {StatsCommand.class, CheckCommand.class, GlossaryCommand.class, ExportCommand.class,
                ImportCommand.class, ImportTranslationsCommand.class, TmCommand.class,
                PretranslateCommand.class, TransliterateCommand.class, ImportReviewCommand.class,
                SyncCommand.class, MergeFileCommand.class, GitSetupCommand.class})
public final class TriptychCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
