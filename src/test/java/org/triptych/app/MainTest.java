package org.triptych.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.cli.Cli;
import org.triptych.cli.TriptychCommand;
import org.triptych.ui.SampleCopy;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point sends subcommands to the command line and --screenshot to the window renderer. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void screenshotWritesAPngOfTheGivenSizeForAWorkspace() throws Exception {
        SampleCopy.into(dir);
        Path png = dir.resolve("docs/shot.png");
        int code = Main.execute(new String[]{"--screenshot", png.toString(), "--size", "800x500", dir.toString()});
        assertThat(code).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void aMalformedSizeIsBadInput() {
        assertThat(Main.execute(new String[]{"--screenshot", dir.resolve("x.png").toString(), "--size", "wide"})).isEqualTo(2);
    }

    @Test
    void versionIsAnsweredAsPicocliWouldAnswerIt() {
        StringWriter fast = new StringWriter();
        StringWriter picocli = new StringWriter();
        assertThat(Main.execute(new String[]{"--version"}, new PrintWriter(fast), new PrintWriter(new StringWriter()))).isZero();
        assertThat(Cli.execute(new PrintWriter(picocli), new PrintWriter(new StringWriter()), "--version")).isZero();
        assertThat(fast.toString()).startsWith("Triptych ").isEqualTo(picocli.toString());
        StringWriter shortOption = new StringWriter();
        assertThat(Main.execute(new String[]{"-V"}, new PrintWriter(shortOption), new PrintWriter(new StringWriter()))).isZero();
        assertThat(shortOption.toString()).isEqualTo(picocli.toString());
    }

    @Test
    void theSubcommandNamesAreThoseOfPicocli() {
        assertThat(TriptychCommand.subcommandNames())
                .isEqualTo(new CommandLine(new TriptychCommand()).getSubcommands().keySet());
    }

    @Test
    void subcommandsStillRunTheCommandLine() throws Exception {
        SampleCopy.into(dir);
        assertThat(Main.execute(new String[]{"stats", dir.toString()})).isZero();
        assertThat(Main.execute(new String[]{"--version"})).isZero();
    }
}
