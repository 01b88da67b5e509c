package org.triptych.morph;

import com.ibm.icu.util.ULocale;
import org.triptych.morph.UkrainianDictionary.Analysis;
import org.triptych.morph.UkrainianDictionary.Entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case forms of one Ukrainian word the dictionary knows, read from the dictionary itself: its entries that
 * share the word's lemma and part of speech (and, for an adjective, the gender it agrees in). The dictionary maps
 * forms to lemmas, so the forms are looked for below a few prefixes of the lemma: the lemma without its last two
 * letters, the stem before an і that alternates (Київ, Києва), and the lemma without its last vowel (посол, посла).
 */
final class UkrainianParadigm {

    /** One grammatical slot: a case in the singular or the plural. */
    record Slot(RenderingForms.Case grammaticalCase, boolean plural) {
    }

    private static final int MIN_PREFIX = 2;
    private static final String VOWELS = "аеєиіїоуюя";

    private UkrainianParadigm() {
    }

    /**
     * The forms of {@code reading}'s lemma by slot, in the dictionary's order within a slot; {@code gender} narrows
     * an adjective to the gender of its noun (m, f, n), null for any, and {@code animacy} its accusative to the
     * noun's (ranim: Курського брата, rinanim: Курський район), null for any.
     */
    static Map<Slot, Set<String>> forms(Analysis reading, String gender, String animacy) {
        String lemma = Folding.fold(reading.lemma(), ULocale.ROOT).replace('ґ', 'г');
        String pos = partOfSpeech(reading.tag());
        String nounGender = pos.startsWith("noun:") ? pos.substring("noun:".length()) : null;
        // a noun keeps its animacy: Володимир the man is not Володимир the town
        String nounAnimacy = !pos.startsWith("noun") ? null : hasPart(reading.tag(), "anim") ? "anim"
                : hasPart(reading.tag(), "inanim") ? "inanim" : null;
        Map<Slot, Set<String>> slots = new LinkedHashMap<>();
        for (String prefix : prefixes(lemma)) {
            for (Entry entry : UkrainianDictionary.get().entriesOf(lemma, prefix)) {
                String tag = entry.analysis().tag();
                boolean samePart = partOfSpeech(tag).equals(pos)
                        || (nounGender != null && tag.startsWith("noun") && hasPart(tag, "p")); // plurals have no gender
                if (!samePart || tag.contains(":bad") || tag.contains(":arch")
                        || (nounAnimacy != null && !hasPart(tag, nounAnimacy))) {
                    continue;
                }
                Slot slot = slot(tag);
                if (slot == null || (gender != null && !slot.plural() && !hasPart(tag, gender))
                        || (animacy != null && (hasPart(tag, "ranim") || hasPart(tag, "rinanim")) && !hasPart(tag, animacy))) {
                    continue;
                }
                slots.computeIfAbsent(slot, s -> new LinkedHashSet<>()).add(entry.form());
            }
        }
        return slots;
    }

    /** noun or adj, with the noun's gender kept apart so a masculine and a feminine homonym do not mix. */
    private static String partOfSpeech(String tag) {
        String[] parts = tag.split(":");
        if (parts[0].equals("noun")) {
            for (String part : parts) {
                if (part.equals("m") || part.equals("f") || part.equals("n")) {
                    return "noun:" + part;
                }
            }
            return "noun";
        }
        return parts[0];
    }

    private static Slot slot(String tag) {
        RenderingForms.Case grammaticalCase = null;
        for (String part : tag.split(":")) {
            grammaticalCase = switch (part) {
                case "v_naz" -> RenderingForms.Case.NOMINATIVE;
                case "v_rod" -> RenderingForms.Case.GENITIVE;
                case "v_dav" -> RenderingForms.Case.DATIVE;
                case "v_zna" -> RenderingForms.Case.ACCUSATIVE;
                case "v_oru" -> RenderingForms.Case.INSTRUMENTAL;
                case "v_mis" -> RenderingForms.Case.LOCATIVE;
                default -> grammaticalCase;
            };
        }
        return grammaticalCase == null ? null : new Slot(grammaticalCase, hasPart(tag, "p"));
    }

    static boolean hasPart(String tag, String part) {
        for (String p : tag.split(":")) {
            if (p.equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** The gender (m, f, n) or p of a noun reading; null when the tag has none. */
    static String genderOf(String tag) {
        for (String part : tag.split(":")) {
            if (part.equals("m") || part.equals("f") || part.equals("n") || part.equals("p")) {
                return part;
            }
        }
        return null;
    }

    private static List<String> prefixes(String lemma) {
        Set<String> prefixes = new LinkedHashSet<>();
        int n = lemma.length();
        prefixes.add(lemma.substring(0, Math.min(n, Math.max(MIN_PREFIX, n - 2))));
        int i = lemma.lastIndexOf('і');
        if (i >= 0 && i >= n - 3 && i >= 1) {
            for (String vowel : List.of("о", "е", "є")) {
                prefixes.add(lemma.substring(0, i) + vowel);
            }
        }
        for (int k = n - 2; k >= 1; k--) {
            if (VOWELS.indexOf(lemma.charAt(k)) >= 0) {
                String dropped = lemma.substring(0, k) + lemma.substring(k + 1);
                if (dropped.length() >= MIN_PREFIX + 1) {
                    prefixes.add(dropped.substring(0, dropped.length() - 1));
                }
                break;
            }
        }
        List<String> result = new ArrayList<>();
        for (String p : prefixes) {
            // a prefix covered by a shorter one adds nothing
            if (result.stream().noneMatch(p::startsWith)) {
                result.removeIf(q -> q.startsWith(p));
                result.add(p);
            }
        }
        return result;
    }
}
