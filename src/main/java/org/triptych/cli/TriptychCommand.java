package org.triptych.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code triptych} command: with no subcommand the launcher opens the window; this prints help. */
@Command(name = "triptych",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Translation and glossary workbench: one English text into several languages at once.",
        subcommands = {StatsCommand.class, CheckCommand.class, GlossaryCommand.class, ExportCommand.class,
                ImportCommand.class, ImportTranslationsCommand.class, TmCommand.class,
                PretranslateCommand.class, TransliterateCommand.class, ImportReviewCommand.class,
                SyncCommand.class, JoinCommand.class, MergeFileCommand.class, GitSetupCommand.class})
public final class TriptychCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /**
     * The names of the subcommands, read from the annotations: cheaper than building picocli's model of every
     * command, which the launcher's choice between window and command line does not need.
     */
    public static Set<String> subcommandNames() {
        return Arrays.stream(TriptychCommand.class.getAnnotation(Command.class).subcommands())
                .map(command -> command.getAnnotation(Command.class).name())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
