package org.triptych.check.typography;

import com.ibm.icu.text.SpoofChecker;
import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code typography.mixed-script}: a Latin letter inside a Cyrillic word (Київ typed with a Latin i), or a Cyrillic
 * letter inside a Latin word — invisible on screen, fatal to search and spelling. The look-alike letters are those
 * ICU's confusables data (UTS #39, {@link SpoofChecker#getSkeleton}) gives the same skeleton. The word's script is
 * that of its letters that have no look-alike; the fix writes the look-alikes in it. A word whose letters all have
 * look-alikes belongs to the script of most of them, or on a tie to the language's.
 */
final class MixedScript extends TypographyRule {

    /** Look-alikes, each letter to its twin in the other script; built once from ICU's data. */
    private static final Map<Character, Character> TWINS = twins();

    MixedScript() {
        super("mixed-script", Severity.ERROR);
    }

    private static Map<Character, Character> twins() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        String cyrillic = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯёъыэЁЪЫЭ";
        Map<Character, Character> twins = new HashMap<>();
        for (char c : cyrillic.toCharArray()) {
            String skeleton = spoof.getSkeleton(String.valueOf(c));
            for (char l = 'A'; l <= 'z'; l++) {
                // One twin each, of the same case: І is I, not l.
                if (Character.isLetter(l) && Character.isUpperCase(l) == Character.isUpperCase(c)
                        && spoof.getSkeleton(String.valueOf(l)).equals(skeleton)) {
                    twins.putIfAbsent(c, l);
                    twins.putIfAbsent(l, c);
                }
            }
        }
        return Map.copyOf(twins);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        if (!hasBothScripts(text)) {
            return List.of(); // nearly every text: a word of both scripts needs letters of both in the text
        }
        List<Finding> findings = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin = false;
            boolean cyrillic = false;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                latin |= isLatin(c);
                cyrillic |= isCyrillic(c);
                i++;
            }
            if (latin && cyrillic) {
                if (findings == null) {
                    findings = new ArrayList<>();
                }
                findings.add(finding(target, text, start, i));
            }
        }
        return findings == null ? List.of() : findings;
    }

    private Finding finding(CheckContext target, String text, int start, int end) {
        int uniqueLatin = 0;
        int uniqueCyrillic = 0;
        int latin = 0;
        int cyrillic = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            boolean twin = TWINS.containsKey(c);
            if (isLatin(c)) {
                latin++;
                uniqueLatin += twin ? 0 : 1;
            } else if (isCyrillic(c)) {
                cyrillic++;
                uniqueCyrillic += twin ? 0 : 1;
            }
        }
        String word = text.substring(start, end);
        Span span = new Span(start, end);
        if (uniqueLatin > 0 && uniqueCyrillic > 0) {
            return target.findingAt(id(), span, null, "finding.typography.mixed-script", word);
        }
        boolean cyrillicWord = uniqueCyrillic > 0 || (uniqueLatin == 0
                && (cyrillic > latin || (cyrillic == latin && target.lang().equals("uk"))));
        StringBuilder fixed = new StringBuilder(word);
        for (int k = 0; k < fixed.length(); k++) {
            char c = fixed.charAt(k);
            if (cyrillicWord ? isLatin(c) : isCyrillic(c)) {
                fixed.setCharAt(k, TWINS.get(c));
            }
        }
        return target.findingAt(id(), span, null, cyrillicWord ? "finding.typography.latin-in-cyrillic"
                : "finding.typography.cyrillic-in-latin", word, fixed.toString()).withFix(fixed.toString());
    }

    private static boolean hasBothScripts(String text) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < text.length() && !(latin && cyrillic); i++) {
            char c = text.charAt(i);
            latin |= isLatin(c);
            cyrillic |= isCyrillic(c);
        }
        return latin && cyrillic;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7'
                && c != '\u00F7');
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }
}
