package org.triptych.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the repository's sample workspace (translations/ and glossaries/) into a temporary folder. */
public final class SampleCopy {

    private SampleCopy() {
    }

    public static Path into(Path dir) throws IOException {
        for (String folder : new String[]{"translations", "glossaries"}) {
            Path source = Path.of(folder);
            Files.createDirectories(dir.resolve(folder));
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    Files.copy(f, dir.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
        return dir;
    }
}
