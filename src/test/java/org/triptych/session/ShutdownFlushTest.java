package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.io.DocumentCodec;
import org.triptych.model.Status;
import org.triptych.model.Translation;
import org.triptych.ui.SampleCopy;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM (a desktop logout, a shutdown) right after an edit: the shutdown hook writes it before the JVM ends. */
class ShutdownFlushTest {

    @TempDir
    Path dir;

    @Test
    void anEditMadeJustBeforeSigtermIsOnDisk() throws Exception {
        Path workspace = SampleCopy.into(dir);
        String text = "SIGTERM 직전에 입력한 번역";
        Process child = ChildSession.start("edit-once", workspace.toString(), text);
        try {
            BufferedReader out = ChildSession.output(child);
            assertThat(out.readLine()).isEqualTo("edited");
            long edited = System.nanoTime();
            child.destroy(); // SIGTERM on Linux and macOS
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child ends after SIGTERM").isTrue();
            long sinceEdit = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - edited);
            System.out.printf("SIGTERM sent within %d ms of the edit (autosave would wait %d ms)%n", sinceEdit,
                    DocumentSync.PAUSE_MS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(DocumentCodec.read(workspace.resolve("translations/article.csv")).paragraphs().get(0).target("ko"))
                .isEqualTo(new Translation(text, Status.DRAFT));
    }
}
