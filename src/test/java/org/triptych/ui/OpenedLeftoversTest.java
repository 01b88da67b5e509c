package org.triptych.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.check.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's way of opening a workspace also clears the temporary files of saves that were killed. */
class OpenedLeftoversTest {

    @TempDir
    Path root;

    @Test
    void openingForTheWindowRemovesStaleTemporaryFiles() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Files.writeString(root.resolve("translations/article.csv"), "id,en,ko\np1,Hello,안녕\n");
        Path stale = root.resolve("translations/.article.csv.5hs8k2l0qz.tmp");
        Path live = root.resolve("glossaries/.names.csv.7ab3.tmp");
        Files.writeString(stale, "id,en,ko\np1,Hel");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
        Files.writeString(live, "en\nKy");

        Opened opened = Opened.load(root, concepts -> Terminology.empty());

        assertThat(opened.document().paragraphs()).hasSize(1);
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
    }
}
