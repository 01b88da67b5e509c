package org.triptych.io;

import com.ibm.icu.text.Normalizer2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A plain word list file of the workspace (the workspace dictionary, the words ignored in a document): UTF-8, one
 * word a line; blank lines and lines starting with {@code #} are skipped; words are trimmed and normalised to NFC.
 * Adding a word keeps every line already there and appends the word, atomically and holding the workspace lock,
 * so two windows and the command line never lose each other's words. Any thread.
 */
public final class WordList {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private WordList() {
    }

    /** The words of {@code file} in file order; none when it does not exist. */
    public static Set<String> read(Path file) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return words;
        }
        for (String line : TextFiles.readUtf8(file).split("\r\n|\r|\n")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Adds {@code word} to {@code file} (made when missing) unless it is there already, under the lock of the
     * workspace at {@code workspaceRoot}.
     *
     * @return true when the file changed
     * @throws IllegalArgumentException when {@code word} is blank, starts with {@code #} or spans lines
     */
    public static boolean add(Path workspaceRoot, Path file, String word) throws IOException {
        String w = NFC.normalize(word.strip());
        if (w.isEmpty() || w.startsWith("#") || w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("not a word for a word list: \"" + word + "\"");
        }
        return WorkspaceLock.update(workspaceRoot, file, WorkspaceLock.DEFAULT_TIMEOUT, () -> {
            if (read(file).contains(w)) {
                return false;
            }
            String before = Files.exists(file) ? TextFiles.readUtf8(file) : "";
            String separator = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.writeString(file, before + separator + w + "\n");
            return true;
        });
    }
}
