package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Document;
import org.triptych.model.Glossary;
import org.triptych.model.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository root is the sample workspace: it must open cleanly, and saving it must not change a byte. */
class SampleWorkspaceTest {

    private static final Path ROOT = Path.of("");

    @TempDir
    Path copy;

    @Test
    void theSampleWorkspaceOpensAndSavesBackToTheSameBytes() throws Exception {
        Workspace sample = WorkspaceStore.open(ROOT);
        assertThat(sample.documents()).isNotEmpty();

        for (Document document : sample.documents()) {
            Path target = copy.resolve(ROOT.toAbsolutePath().relativize(document.path().toAbsolutePath()));
            DocumentCodec.save(document.withPath(target));
            assertThat(Files.readAllBytes(target)).as(document.path().toString())
                    .isEqualTo(Files.readAllBytes(document.path()));
        }
        for (Glossary glossary : sample.glossaries()) {
            Path target = copy.resolve(ROOT.toAbsolutePath().relativize(glossary.path().toAbsolutePath()));
            GlossaryCodec.save(new Glossary(target, glossary.columns(), glossary.languages(), glossary.concepts()));
            assertThat(Files.readAllBytes(target)).as(glossary.path().toString())
                    .isEqualTo(Files.readAllBytes(glossary.path()));
        }
    }
}
