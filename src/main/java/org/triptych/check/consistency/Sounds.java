package org.triptych.check.consistency;

/**
 * How alike two names sound, from their Latin letters: a consonant skeleton (vowels and h dropped, consonants that
 * transliterations confuse merged: k g c q x, p b f, t d, s z j, l r, v w; doubles collapsed) compared by edit
 * distance. Ahn Chan-il, 안찬일 (anchanil) and Ан Чхан Іль (an chkhan il) all come to "nknl". Stateless.
 */
final class Sounds {

    private Sounds() {
    }

    static String skeleton(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        char previous = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = switch (latin.charAt(i)) {
                case 'k', 'g', 'c', 'q', 'x' -> 'k';
                case 'p', 'b', 'f' -> 'p';
                case 't', 'd' -> 't';
                case 's', 'z', 'j' -> 's';
                case 'l', 'r' -> 'l';
                case 'v', 'w' -> 'v';
                case 'm' -> 'm';
                case 'n' -> 'n';
                default -> 0;
            };
            if (c != 0 && c != previous) {
                out.append(c);
            }
            if (c != 0) {
                previous = c;
            }
        }
        return out.toString();
    }

    /** The skeleton's letters, in the order {@link #histogram} counts them. */
    private static final String LETTERS = "kptslvmn";

    /** How often each letter of {@link #LETTERS} occurs in {@code skeleton}. */
    static int[] histogram(CharSequence skeleton) {
        int[] counts = new int[LETTERS.length()];
        add(counts, skeleton);
        return counts;
    }

    /** Adds the letters of {@code skeleton} to {@code counts}. */
    static void add(int[] counts, CharSequence skeleton) {
        for (int i = 0; i < skeleton.length(); i++) {
            counts[LETTERS.indexOf(skeleton.charAt(i))]++;
        }
    }

    /**
     * A lower bound of the edit distance of two skeletons from their letter counts alone: each edit mends at most
     * one letter too many on either side.
     */
    static int leastDistance(int[] a, int[] b) {
        int more = 0;
        int fewer = 0;
        for (int i = 0; i < a.length; i++) {
            more += Math.max(0, a[i] - b[i]);
            fewer += Math.max(0, b[i] - a[i]);
        }
        return Math.max(more, fewer);
    }

    /** 1 for the same skeleton, 0 for nothing in common: one minus the edit distance over the longer length. */
    static double similarity(String a, String b) {
        return similarityAbove(a, b, -1);
    }

    /**
     * {@link #similarity}, or 0 as soon as it cannot exceed {@code floor}: the edit distance is worked out row by
     * row, and a row whose every cell already exceeds the distance {@code floor} allows stops it.
     */
    static double similarityAbove(String a, CharSequence b, double floor) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 0;
        }
        int allowed = floor < 0 ? longer : (int) Math.floor((1 - floor) * longer + 1e-9);
        if (Math.abs(a.length() - b.length()) > allowed) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int least = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                least = Math.min(least, current[j]);
            }
            if (least > allowed) {
                return 0; // each later row only grows from this one's least
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        double similarity = 1.0 - (double) previous[b.length()] / longer;
        return similarity > floor ? similarity : 0;
    }
}
