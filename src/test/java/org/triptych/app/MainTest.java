package org.triptych.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.ui.SampleCopy;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
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
    void subcommandsStillRunTheCommandLine() throws Exception {
        SampleCopy.into(dir);
        assertThat(Main.execute(new String[]{"stats", dir.toString()})).isZero();
        assertThat(Main.execute(new String[]{"--version"})).isZero();
    }
}
