package org.triptych.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;

import javax.imageio.ImageIO;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheSampleWorkspaceToAPngOfTheRequestedSize() throws Exception {
        SampleCopy.into(dir);
        Path png = dir.resolve("shot.png");
        Workbench.screenshot(dir, png, new Dimension(900, 600), UiSettings.inMemory(), Terminology::of);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        long distinctColours = java.util.stream.IntStream.range(0, 900).map(x -> image.getRGB(x, 100)).distinct().count();
        assertThat(distinctColours).as("text is drawn, not a blank window").isGreaterThan(5);
        long englishColours = java.util.stream.IntStream.range(60, 200)
                .flatMap(y -> java.util.stream.IntStream.range(8, 120).map(x -> image.getRGB(x, y))).distinct().count();
        assertThat(englishColours).as("the first paragraph's English is drawn in the off-screen picture").isGreaterThan(5);
    }
}
