package org.triptych.check;

import com.ibm.icu.util.ULocale;
import org.triptych.model.Concept;
import org.triptych.morph.TargetText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every forbidden spelling of a glossary, keyed by the first letters of its first word, so that a target is
 * searched for all of them at a cost that depends on the target's length, not on the glossary's size.
 * Inflection changes the ends of words, not their first two letters (Киев, Киеве; 뿌찐, 뿌찐은).
 */
final class ForbiddenIndex {

    /** One forbidden spelling of one concept in one language. */
    record Variant(Concept concept, String lang, String text) {
    }

    private static final int KEY_LENGTH = 2;

    /** language -> key -> variants whose first word starts with the key. */
    private final Map<String, Map<String, List<Variant>>> byLanguage = new HashMap<>();

    ForbiddenIndex(List<Concept> concepts) {
        for (Concept concept : concepts) {
            concept.forbidden().forEach((lang, variants) -> {
                for (String variant : variants) {
                    List<TargetText.Word> words = TargetText.of(variant, lang).words();
                    if (words.isEmpty()) {
                        continue;
                    }
                    byLanguage.computeIfAbsent(lang, l -> new HashMap<>())
                            .computeIfAbsent(key(words.get(0).folded()), k -> new ArrayList<>())
                            .add(new Variant(concept, lang, variant));
                }
            });
        }
    }

    private static String key(String folded) {
        return folded.length() <= KEY_LENGTH ? folded : folded.substring(0, KEY_LENGTH);
    }

    /** The forbidden spellings that may occur in {@code target}: those whose first word shares its start with a word of it. */
    Set<Variant> candidates(TargetText target) {
        Map<String, List<Variant>> index = byLanguage.get(target.lang());
        if (index == null) {
            index = byLanguage.get(ULocale.forLanguageTag(target.lang()).getLanguage());
        }
        if (index == null) {
            return Set.of();
        }
        Set<Variant> found = new LinkedHashSet<>();
        for (TargetText.Word word : target.words()) {
            String folded = word.folded();
            for (int length = 1; length <= Math.min(KEY_LENGTH, folded.length()); length++) {
                List<Variant> variants = index.get(folded.substring(0, length));
                if (variants != null) {
                    found.addAll(variants);
                }
            }
        }
        return found;
    }
}
