package org.triptych.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assumptions.assumeThat;

/** Files that are not ordinary files, for tests of readers that must refuse them; skips where the system has none. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A FIFO (named pipe) made with {@code mkfifo}; skips the test with a reason when that is not possible. */
    public static Path fifo(Path path) throws InterruptedException {
        boolean made;
        String why = "";
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            made = mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        } catch (IOException e) {
            made = false;
            why = e.getMessage();
        }
        assumeThat(made && Files.exists(path)).as("skipped: mkfifo is not available here " + why).isTrue();
        return path;
    }

    /** {@code /dev/zero}, endless zero bytes whose size reads as 0; skips the test where it does not exist. */
    public static Path devZero() {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).as("skipped: no /dev/zero on this system").isTrue();
        return zero;
    }
}
