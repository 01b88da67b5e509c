package org.triptych.paths;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triptych.paths.OutputTargets.Reason.INPUT;
import static org.triptych.paths.OutputTargets.Reason.NOT_A_DOCUMENT;
import static org.triptych.paths.OutputTargets.Reason.NOT_A_GLOSSARY;
import static org.triptych.paths.OutputTargets.Reason.WORKSPACE_FILE;
import static org.triptych.paths.OutputTargets.Reason.WORKSPACE_FOLDER;

class OutputTargetsTest {

    @TempDir
    Path dir;

    private Path root;
    private Path article;
    private Path glossary;

    @BeforeEach
    void workspace() throws Exception {
        root = dir.resolve("ws");
        article = root.resolve("translations/article.csv");
        glossary = root.resolve("glossaries/terms.csv");
        Files.createDirectories(article.getParent());
        Files.createDirectories(glossary.getParent());
        Files.writeString(article, "id,en\n");
        Files.writeString(glossary, "en\n");
    }

    private Optional<OutputTargets.Reason> export(Path out, boolean named, Path... inputs) {
        return OutputTargets.checkExport(List.of(out), List.of(inputs), named).map(OutputTargets.Refusal::reason);
    }

    @Test
    void defaultExportsGoToTheExportsFolderOfTheWorkspace() {
        assertThat(OutputTargets.defaultExport(article, "article", "docx")).isEqualTo(root.resolve("exports/article.docx").toAbsolutePath());
        assertThat(OutputTargets.defaultExport(glossary, "terms", "tbx")).isEqualTo(root.resolve("exports/terms.tbx").toAbsolutePath());
        Path loose = dir.resolve("loose/doc.csv");
        assertThat(OutputTargets.defaultExport(loose, "doc", "csv")).isEqualTo(dir.resolve("loose/exports/doc.csv").toAbsolutePath());
        assertThat(export(OutputTargets.defaultExport(article, "article", "csv"), false, article)).isEmpty();
        assertThat(OutputTargets.workspaceOf(root.resolve("Translations/x.csv"))).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void theInputItselfIsRefusedUnderEveryAlias() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), article);
        Path folderLink = Files.createSymbolicLink(dir.resolve("tr"), article.getParent());
        Path hardLink = Files.createLink(dir.resolve("hard.csv"), article);
        Path loose = dir.resolve("loose.csv");
        Files.writeString(loose, "id,en\n");
        for (Path alias : List.of(article, root.resolve("translations/./article.csv"), root.resolve("glossaries/../translations/article.csv"),
                link, folderLink.resolve("article.csv"), hardLink, root.resolve("translations/Article.CSV"),
                root.resolve("missing/../translations/article.csv"), Path.of("").toAbsolutePath().relativize(article.toAbsolutePath()))) {
            assertThat(export(alias, true, article)).as(alias.toString()).contains(INPUT);
        }
        assertThat(export(loose, true, loose)).contains(INPUT);
        assertThat(export(link, true, loose)).as("a link into translations/").contains(WORKSPACE_FILE);
    }

    @Test
    void workspaceFilesAndBackupsAreNeverReplacedAndTheFoldersOnlyWhenNamed() throws Exception {
        Files.writeString(root.resolve("translations/article.csv.bak"), "old");
        assertThat(export(glossary, true, article)).contains(WORKSPACE_FILE);
        assertThat(export(root.resolve("translations/article.csv.bak"), true, glossary)).contains(WORKSPACE_FILE);
        assertThat(export(root.resolve("TRANSLATIONS/../translations/article.csv"), true, glossary)).contains(WORKSPACE_FILE);
        assertThat(export(root.resolve("translations/review.html"), false, article)).contains(WORKSPACE_FOLDER);
        assertThat(export(root.resolve("glossaries/terms.tbx"), false, glossary)).contains(WORKSPACE_FOLDER);
        assertThat(export(root.resolve("translations/review.html"), true, article)).isEmpty();
        assertThat(export(root.resolve("review.html"), false, article)).isEmpty();
        Path exported = root.resolve("exports/article.html");
        Files.createDirectories(exported.getParent());
        Files.writeString(exported, "<p>old export</p>");
        assertThat(export(exported, false, article)).as("an earlier export is replaced").isEmpty();
    }

    @Test
    void everyFileOfAMultiFileExportIsChecked() {
        Path ko = root.resolve("exports/article.ko.xlf");
        assertThat(OutputTargets.checkExport(List.of(ko, article), List.of(glossary), true))
                .hasValueSatisfying(r -> assertThat(r.file()).isEqualTo(article));
    }

    @Test
    void importsNeverReadAndWriteOneFileNorMixDocumentsAndGlossaries() {
        Path tmx = dir.resolve("tm.tmx");
        assertThat(OutputTargets.checkImport(article, OutputTargets.Kind.DOCUMENT, List.of(article)).map(OutputTargets.Refusal::reason)).contains(INPUT);
        assertThat(OutputTargets.checkImport(glossary, OutputTargets.Kind.DOCUMENT, List.of(tmx)).map(OutputTargets.Refusal::reason)).contains(NOT_A_DOCUMENT);
        assertThat(OutputTargets.checkImport(article, OutputTargets.Kind.GLOSSARY, List.of(tmx)).map(OutputTargets.Refusal::reason)).contains(NOT_A_GLOSSARY);
        assertThat(OutputTargets.checkImport(article, OutputTargets.Kind.DOCUMENT, List.of(tmx))).isEmpty();
        assertThat(OutputTargets.checkImport(root.resolve("glossaries/new.csv"), OutputTargets.Kind.GLOSSARY, List.of(tmx))).isEmpty();
    }

    @Test
    void theRefusalIsOneLineNamingTheFile() {
        assertThatThrownBy(() -> OutputTargets.requireExport(List.of(article), List.of(article), false, " (choose another file with --out)"))
                .isInstanceOf(OutputTargets.RefusedException.class)
                .hasMessage("refused to write " + article + ": it is a file this command reads; nothing was written"
                        + " (choose another file with --out)");
    }
}
