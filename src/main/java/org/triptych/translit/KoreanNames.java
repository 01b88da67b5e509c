package org.triptych.translit;

import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Korean names and words in Ukrainian letters by the Kontsevych system, the spelling Ukrainian media use
 * (윤석열 → Юн Сок Йоль, 안찬일 → Ан Чхан Іль). The rules are an ICU {@link Transliterator} built from
 * {@code hangul-uk-kontsevych.txt} in this package; a name is laid out as the press writes it: the surname, then
 * each syllable of the given name apart and capitalised, with the surnames the press spells its own way (이 → Лі) and
 * a few names established by tradition (김정은 → Кім Чен Ин). Thread-safe: the shared transliterator is used under
 * a lock, the tables are immutable.
 */
public final class KoreanNames {

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    /** Put between the syllables of a name: the rules voice across it but do not assimilate. */
    private static final char SYLLABLE_SEPARATOR = '\u00B7';
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Transliterator RULES = Transliterator.createFromRules("Hangul-Ukrainian/Kontsevych",
            resource("hangul-uk-kontsevych.txt"), Transliterator.FORWARD);
    private static final Map<String, String> SURNAMES;
    private static final int LONGEST_SURNAME = 2;
    private static final Map<String, String> EXCEPTIONS = table(resource("korean-name-exceptions.txt"));

    static {
        Map<String, String> surnames = new HashMap<>();
        for (String line : resource("korean-surnames.txt").split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\t");
            surnames.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        SURNAMES = Map.copyOf(surnames);
    }

    private KoreanNames() {
    }

    /**
     * {@code text} in Ukrainian letters: laid out as a person's name when it is one Hangul word of two to five
     * syllables beginning with a known surname, otherwise word by word (spaces and other characters kept, each
     * Hangul word capitalised).
     */
    public static String transliterate(String text) {
        String stripped = text.strip();
        if (isHangulWord(stripped) && stripped.length() >= 2 && stripped.length() <= 5 && surnameLength(stripped) > 0) {
            return name(stripped);
        }
        return words(stripped);
    }

    /** A Hangul name as the press writes it: surname, then each given-name syllable apart, all capitalised. */
    public static String name(String hangul) {
        String name = hangul.strip();
        String established = EXCEPTIONS.get(name);
        if (established != null) {
            return established;
        }
        int surname = Math.max(1, surnameLength(name));
        StringBuilder marked = new StringBuilder(name.substring(0, surname));
        for (int i = surname; i < name.length(); i++) {
            marked.append(SYLLABLE_SEPARATOR).append(name.charAt(i));
        }
        String[] parts = convert(marked.toString()).split(String.valueOf(SYLLABLE_SEPARATOR), -1);
        String override = SURNAMES.getOrDefault(name.substring(0, surname), "");
        if (!override.isEmpty()) {
            parts[0] = override;
        }
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            words.add(capitalise(part));
        }
        return String.join(" ", words);
    }

    /** Hangul words in Ukrainian letters with the assimilation of syllables inside a word; other text is kept. */
    public static String words(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean hangul = isSyllable(text.charAt(i));
            while (i < text.length() && isSyllable(text.charAt(i)) == hangul) {
                i++;
            }
            String run = text.substring(start, i);
            out.append(hangul ? capitalise(convert(run)) : run);
        }
        return out.toString();
    }

    /**
     * The Ukrainian spelling of {@code korean} when it is a person's name: three or four Hangul syllables with
     * nothing else, a known surname first (one syllable and a two-syllable given name, or a two-syllable surname),
     * and, when the concept has an English term, one romanised part per syllable, each word capitalised
     * ("Yoon Suk Yeol", "Ahn Chan-il"). Common words that begin with a surname syllable (한반도 "Korean
     * Peninsula", 정치인 "politician") fail the English test.
     */
    public static Optional<String> personName(String korean, String english) {
        String name = korean == null ? "" : korean.strip();
        if (!isHangulWord(name)) {
            return Optional.empty();
        }
        int surname = surnameLength(name);
        int given = name.length() - surname;
        boolean shape = surname == 1 ? given == 2 : surname == 2 && (given == 1 || given == 2);
        if (!shape || (english != null && !english.isBlank() && !romanisedPerSyllable(english.strip(), name.length()))) {
            return Optional.empty();
        }
        return Optional.of(name(name));
    }

    private static boolean romanisedPerSyllable(String english, int syllables) {
        int parts = 0;
        for (String word : SPACES.split(english)) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (String part : word.split("-", -1)) {
                if (part.isEmpty() || !part.chars().allMatch(c -> c < 0x250 && Character.isLetter(c))) {
                    return false;
                }
                parts++;
            }
        }
        return parts == syllables;
    }

    /** 2 for a two-syllable surname (남궁), 1 for a one-syllable one, 0 when the name begins with none. */
    private static int surnameLength(String name) {
        for (int n = Math.min(LONGEST_SURNAME, name.length() - 1); n >= 1; n--) {
            if (SURNAMES.containsKey(name.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String convert(String hangul) {
        synchronized (RULES) {
            return RULES.transliterate(hangul);
        }
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static boolean isHangulWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> isSyllable((char) c));
    }

    private static boolean isSyllable(char c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    private static Map<String, String> table(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableMap(p -> p[0], p -> p[1]));
    }

    private static String resource(String name) {
        try (InputStream in = KoreanNames.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the transliteration table " + name + " is not on the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().collect(Collectors.joining("\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transliteration table " + name, e);
        }
    }
}
