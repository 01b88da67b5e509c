package org.triptych.check.spelling;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Korean spelling dictionary: Hunspell's {@code ko_KR} (the spellcheck-ko project, Debian package
 * {@code hunspell-ko}) read by Lucene's Java Hunspell. It is not shipped in the jar (14 MB, and its licence is the
 * system's business): it is read from the folders of the {@code DICPATH} variable, then the system's Hunspell
 * folders, once per JVM on first use. Loading takes seconds and about 140 MB of heap, so the Korean rules are off
 * unless the workspace switches them on. Thread-safe: the dictionary is shared, a {@link Hunspell} is made per
 * thread.
 */
public final class KoreanSpeller {

    static final String NAME = "ko_KR";
    /** Where Hunspell dictionaries are installed by the common systems' packages. */
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr/share/hunspell", "/usr/share/myspell",
            "/usr/share/myspell/dicts", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell",
            System.getProperty("user.home") + "/Library/Spelling", "/Library/Spelling");

    private final ThreadLocal<Hunspell> spellers;

    private KoreanSpeller(Dictionary dictionary) {
        this.spellers = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
    }

    /** What {@link Shared} loaded (the speller or why not) once it has; read without waiting for a load. */
    private static volatile Object loaded;

    private static final class Shared {
        private static final Object LOADED = load();

        private static Object load() {
            try {
                return read(locate());
            } catch (DictionaryUnavailableException e) {
                return e;
            }
        }
    }

    /** The system's dictionary, loaded on the first call (seconds). */
    public static KoreanSpeller get() throws DictionaryUnavailableException {
        Object made = Shared.LOADED;
        loaded = made;
        if (made instanceof DictionaryUnavailableException e) {
            throw e;
        }
        return (KoreanSpeller) made;
    }

    /** Why there is no dictionary (none installed, or it failed to load), or null; does not load it. */
    public static String problem() {
        Object tried = loaded;
        if (tried != null) {
            return tried instanceof DictionaryUnavailableException e ? e.getMessage() : null;
        }
        try {
            locate();
            return null;
        } catch (DictionaryUnavailableException e) {
            return e.getMessage();
        }
    }

    /** The {@code .aff} file of the first {@code ko_KR} dictionary found. */
    static Path locate() throws DictionaryUnavailableException {
        List<String> folders = new ArrayList<>();
        String dicpath = System.getenv("DICPATH");
        if (dicpath != null && !dicpath.isBlank()) {
            folders.addAll(List.of(dicpath.split(java.io.File.pathSeparator)));
        }
        folders.addAll(SYSTEM_FOLDERS);
        return locate(folders);
    }

    /** The {@code .aff} file of the first {@code ko_KR} dictionary in {@code folders}. */
    static Path locate(List<String> folders) throws DictionaryUnavailableException {
        for (String folder : folders) {
            Path aff = Path.of(folder, NAME + ".aff");
            if (Files.isRegularFile(aff) && Files.isRegularFile(Path.of(folder, NAME + ".dic"))) {
                return aff;
            }
        }
        throw new DictionaryUnavailableException("no Korean spelling dictionary: " + NAME + ".aff and " + NAME
                + ".dic were not found in " + String.join(", ", new LinkedHashSet<>(folders))
                + "; install the hunspell-ko package (or set DICPATH to their folder)", null);
    }

    /**
     * A speller on the dictionary {@code aff} with its {@code .dic} beside it.
     *
     * @throws DictionaryUnavailableException naming the file when either is missing or not a Hunspell dictionary
     */
    static KoreanSpeller read(Path aff) throws DictionaryUnavailableException {
        String name = aff.getFileName().toString();
        Path dic = aff.resolveSibling(name.substring(0, name.length() - ".aff".length()) + ".dic");
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
            return new KoreanSpeller(new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words));
        } catch (IOException | ParseException | RuntimeException e) {
            throw new DictionaryUnavailableException("the Korean spelling dictionary " + aff + " cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** True when the dictionary accepts {@code word}. */
    public boolean knows(String word) {
        return spellers.get().spell(word);
    }

    /** Up to {@code max} corrections of {@code word} (a tenth of a second or more: call it off the interface thread). */
    public List<String> suggestions(String word, int max) {
        Set<String> found = new LinkedHashSet<>(spellers.get().suggest(word));
        found.remove(word);
        return found.stream().limit(max).toList();
    }
}
