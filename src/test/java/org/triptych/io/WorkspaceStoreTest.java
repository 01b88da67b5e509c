package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triptych.model.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkspaceStoreTest {

    @TempDir
    Path root;

    private void writeSampleWorkspace() throws Exception {
        Files.createDirectories(root.resolve("translations"));
        Files.createDirectories(root.resolve("glossaries"));
        Files.writeString(root.resolve("translations/a-article.csv"), "id,en,ko\np1,Hello,안녕\n");
        Files.writeString(root.resolve("translations/notes.txt"), "not a document");
        Files.writeString(root.resolve("glossaries/names.csv"), "en,ko\nKyiv,키이우\n");
    }

    /** Every file under the root with its bytes and modification time, to prove nothing was touched. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                FileTime mtime = Files.getLastModifiedTime(p);
                files.put(root.relativize(p).toString(), mtime.toMillis() + ":" + new String(Files.readAllBytes(p),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void opensEveryDocumentAndGlossaryInNameOrder() throws Exception {
        writeSampleWorkspace();
        Files.writeString(root.resolve("translations/b-second.csv"), "id,en\nx,Second\n");

        Workspace workspace = WorkspaceStore.open(root);

        assertThat(workspace.documents()).extracting(d -> d.name()).containsExactly("a-article", "b-second");
        assertThat(workspace.glossaries()).hasSize(1);
        assertThat(workspace.concepts()).extracting(c -> c.preferred("ko")).containsExactly("키이우");
    }

    @Test
    void oneBadFileFailsTheWholeOpenAndNothingOnDiskChanges() throws Exception {
        writeSampleWorkspace();
        Path bad = root.resolve("translations/b-broken.csv");
        Files.writeString(bad, "id,en\np1,\"open quote\n");
        Map<String, String> before = snapshot();

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> WorkspaceStore.open(root));

        assertThat(e.file()).isEqualTo(bad);
        assertThat(e.line()).isEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badGlossaryAlsoFailsTheOpen() throws Exception {
        writeSampleWorkspace();
        Path bad = root.resolve("glossaries/terms.csv");
        Files.writeString(bad, "ko,uk\n키이우,Київ\n");
        Map<String, String> before = snapshot();

        BadFileException e = catchThrowableOfType(BadFileException.class, () -> WorkspaceStore.open(root));

        assertThat(e.getMessage()).startsWith(bad + ":1: missing required column \"en\"");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFolderWithoutWorkspaceFoldersOpensEmpty() throws Exception {
        assertThat(WorkspaceStore.isWorkspace(root)).isFalse();
        Workspace workspace = WorkspaceStore.open(root);
        assertThat(workspace.documents()).isEmpty();
        assertThat(workspace.glossaries()).isEmpty();
    }

    @Test
    void theWorkspaceOfADocumentIsTheParentOfItsTranslationsFolder() {
        assertThat(WorkspaceStore.workspaceOf(root.resolve("translations/a.csv"))).isEqualTo(root.toAbsolutePath());
        assertThat(WorkspaceStore.workspaceOf(root.resolve("elsewhere/a.csv"))).isEqualTo(root.resolve("elsewhere").toAbsolutePath());
    }

    @Test
    void openingRemovesTemporaryFilesOfKilledSavesAndNothingElse() throws Exception {
        writeSampleWorkspace();
        Files.createDirectories(root.resolve("backups"));
        FileTime twoMinutesAgo = FileTime.fromMillis(System.currentTimeMillis() - 120_000);
        java.util.List<String> stale = java.util.List.of("translations/.a-article.csv.1k2j3h4g5f6d.tmp",
                "glossaries/.names.csv.bak.9z8y7x.tmp", "backups/.a-article-removed-20240101-120000.csv.q1w2e3.tmp");
        java.util.List<String> kept = java.util.List.of("glossaries/.names.csv.live1.tmp", "translations/.draft.tmp",
                ".root.csv.a1b2.tmp", "translations/.notes.txt.a1b2.tmp");
        for (String name : stale) {
            Files.writeString(root.resolve(name), "half a save");
            Files.setLastModifiedTime(root.resolve(name), twoMinutesAgo);
        }
        for (String name : kept) {
            Files.writeString(root.resolve(name), "keep");
            if (!name.contains("live")) { // a save in progress writes its file now
                Files.setLastModifiedTime(root.resolve(name), twoMinutesAgo);
            }
        }

        Workspace workspace = WorkspaceStore.open(root);

        assertThat(workspace.documents()).hasSize(1);
        for (String name : stale) {
            assertThat(root.resolve(name)).as(name).doesNotExist();
        }
        for (String name : kept) {
            assertThat(root.resolve(name)).as(name).exists();
        }
    }

    @Test
    void openingAWorkspaceWithoutLeftoversWritesNothing() throws Exception {
        writeSampleWorkspace();
        Map<String, String> before = snapshot();

        WorkspaceStore.open(root);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(root.resolve(WorkspaceLock.FILE_NAME)).doesNotExist();
    }
}
