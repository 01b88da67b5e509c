package org.triptych.check;

import org.triptych.io.WordList;
import org.triptych.io.WorkspaceStore;
import org.triptych.model.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words the spelling rules accept beyond their dictionaries: the workspace dictionary ({@value #DICTIONARY}, shared
 * by every document) and the words ignored in one document ({@code translations/<name>.ignored.txt}). An entry in
 * lower case accepts the word in any case; an entry with capitals only as written. Typographic
 * apostrophes count as the plain one. Immutable and thread-safe.
 */
public final class AcceptedWords {

    /** The workspace dictionary's file name, at the workspace root. */
    public static final String DICTIONARY = "dictionary.txt";
    /** What follows a document's name in the name of its file of ignored words. */
    public static final String IGNORED_SUFFIX = ".ignored.txt";

    private static final AcceptedWords NONE = new AcceptedWords(Set.of(), Map.of());

    private final Set<String> workspace;
    private final Map<Path, Set<String>> ignoredByDocument;

    private AcceptedWords(Set<String> workspace, Map<Path, Set<String>> ignoredByDocument) {
        this.workspace = workspace;
        this.ignoredByDocument = ignoredByDocument;
    }

    /** No words beyond the dictionaries. */
    public static AcceptedWords none() {
        return NONE;
    }

    /** The workspace dictionary of the workspace at {@code root}. */
    public static Path dictionaryFile(Path root) {
        return root.resolve(DICTIONARY);
    }

    /** The file of the words ignored in {@code document}: beside it, {@code <name>.ignored.txt}. */
    public static Path ignoredFile(Path document) {
        String name = document.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return document.resolveSibling(base + IGNORED_SUFFIX);
    }

    /**
     * Reads the workspace dictionary of {@code root} and the ignored words of each of {@code documents}; a missing
     * file is an empty list.
     *
     * @throws IOException naming the file and line of a file that cannot be read as UTF-8 text
     */
    public static AcceptedWords read(Path root, Iterable<Path> documents) throws IOException {
        Set<String> workspace = folded(WordList.read(dictionaryFile(root)));
        Map<Path, Set<String>> ignored = new HashMap<>();
        for (Path document : documents) {
            Set<String> words = folded(WordList.read(ignoredFile(document)));
            if (!words.isEmpty()) {
                ignored.put(key(document), words);
            }
        }
        return new AcceptedWords(Set.copyOf(workspace), Map.copyOf(ignored));
    }

    /** The workspace dictionary of {@code root} and the ignored words of each of its documents. */
    public static AcceptedWords readWorkspace(Path root) throws IOException {
        return read(root, WorkspaceStore.csvFiles(root.resolve(Workspace.TRANSLATIONS)));
    }

    /** Words given directly: {@code workspace} for every document, {@code ignored} for each document. */
    public static AcceptedWords of(Set<String> workspace, Map<Path, Set<String>> ignored) {
        Map<Path, Set<String>> byKey = new HashMap<>();
        ignored.forEach((document, words) -> byKey.put(key(document), Set.copyOf(folded(words))));
        return new AcceptedWords(Set.copyOf(folded(workspace)), Map.copyOf(byKey));
    }

    /** True when there are no words at all. */
    public boolean isEmpty() {
        return workspace.isEmpty() && ignoredByDocument.isEmpty();
    }

    /** True when {@code word}, as written in {@code document} (null for none), is accepted. */
    public boolean accepts(Path document, String word) {
        if (isEmpty()) {
            return false;
        }
        Set<String> ignored = document == null ? Set.of() : ignoredByDocument.getOrDefault(key(document), Set.of());
        String plain = plainApostrophes(word);
        String lower = plain.toLowerCase(Locale.ROOT);
        for (Set<String> words : java.util.List.of(workspace, ignored)) {
            if (words.contains(plain) || words.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static Path key(Path document) {
        return document.toAbsolutePath().normalize();
    }

    private static Set<String> folded(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(plainApostrophes(w));
        }
        return out;
    }

    /** The word with the typographic apostrophes (’ ʼ) written as the plain one ('). */
    public static String plainApostrophes(String word) {
        return word.indexOf('\u2019') < 0 && word.indexOf('\u02BC') < 0 ? word
                : word.replace('\u2019', '\'').replace('\u02BC', '\'');
    }
}
