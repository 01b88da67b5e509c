package org.triptych.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListTest {

    @Test
    void addingKeepsEveryLineAndWritesEachWordOnce(@TempDir Path workspace) throws Exception {
        Path file = workspace.resolve("dictionary.txt");
        Files.writeString(file, "# names of the article\nСибіга\n\nкімчхі");
        assertThat(WordList.add(workspace, file, " Тхе ")).isTrue();
        assertThat(WordList.add(workspace, file, "Тхе")).isFalse();
        assertThat(Files.readString(file)).isEqualTo("# names of the article\nСибіга\n\nкімчхі\nТхе\n");
        assertThat(WordList.read(file)).containsExactly("Сибіга", "кімчхі", "Тхе");
        assertThat(Files.exists(AtomicFiles.backupOf(file))).as("the previous version is kept").isTrue();
    }

    @Test
    void aMissingListIsEmptyAndIsMadeOnTheFirstWord(@TempDir Path workspace) throws Exception {
        Path file = workspace.resolve("translations").resolve("article.ignored.txt");
        assertThat(WordList.read(file)).isEmpty();
        WordList.add(workspace, file, "평창군수");
        assertThat(Files.readString(file)).isEqualTo("평창군수\n");
    }

    @Test
    void notAWordIsRefusedAndABadFileIsNamed(@TempDir Path workspace) throws Exception {
        Path file = workspace.resolve("dictionary.txt");
        assertThatThrownBy(() -> WordList.add(workspace, file, "two\nlines")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordList.add(workspace, file, "#comment")).isInstanceOf(IllegalArgumentException.class);
        Files.write(file, new byte[]{(byte) 0xFF, (byte) 0xFE, 'a', 0});
        assertThatThrownBy(() -> WordList.read(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("dictionary.txt");
    }
}
