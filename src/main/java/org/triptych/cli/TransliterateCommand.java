package org.triptych.cli;

import org.triptych.translit.KoreanNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code triptych transliterate --from ko --to uk NAME...}: Korean names (or words) in Ukrainian letters by the
 * Kontsevych system, one result a line; with no NAME, one name a line is read from standard input.
 */
@Command(name = "transliterate", mixinStandardHelpOptions = true,
        description = "Writes Korean names in Ukrainian letters by the Kontsevych system, as Ukrainian media spell "
                + "them (안찬일 -> Ан Чхан Іль): one result a line, for each NAME or, with none, each line of "
                + "standard input. A Hangul word of two to five syllables that begins with a Korean surname is laid "
                + "out as a name (surname, then each syllable of the given name); other text word by word.")
public final class TransliterateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "LANG", description = "The source language: ko.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "The target language: uk.")
    String to;

    @Option(names = "--words", description = "Write every NAME as words (syllables joined and assimilated: "
            + "서울 -> Соуль), not as a person's name.")
    boolean words;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Names to transliterate (default: standard input).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (!from.toLowerCase(Locale.ROOT).equals("ko") || !to.toLowerCase(Locale.ROOT).equals("uk")) {
            throw new ParameterException(spec.commandLine(),
                    "only Korean to Ukrainian (--from ko --to uk) is supported, not " + from + " to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (names.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line.isBlank() ? "" : convert(line));
            }
        } else {
            names.forEach(name -> out.println(convert(name)));
        }
        return Cli.OK;
    }

    private String convert(String text) {
        return words ? KoreanNames.words(text.strip()) : KoreanNames.transliterate(text);
    }
}
