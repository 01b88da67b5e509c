package org.triptych.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Aligns the sentences of a translation with the sentences of its English paragraph. Equal counts pair one to one.
 * Otherwise Gale and Church's length-based alignment (1993): a dynamic programme over beads of 1:1, 1:0, 0:1, 2:1,
 * 1:2 and 2:2 sentences whose cost is {@code -log(P(bead type) * P(δ))}, with δ = (l₂ − c·l₁) / √(s²·c·l) the
 * length difference in standard deviations (l₁, l₂ the bead's lengths in characters, l their mean in English
 * characters) and {@code P(δ)} the two-sided tail of the normal distribution. The expected ratio {@code c} is the
 * paragraph's own (target characters per English character, since Hangul is denser than Latin script), s² = 6.8
 * as in the paper. The alignment is trusted only when it has no 1:0 or 0:1
 * bead and every bead's |δ| is at most {@link #MAX_DEVIATION}; otherwise there is none, and the memory keeps the
 * paragraph as one unit.
 *
 * <p>Pure functions; any thread.
 */
public final class Alignment {

    /** English sentences [enFrom, enTo) translated by target sentences [targetFrom, targetTo). */
    public record Bead(int enFrom, int enTo, int targetFrom, int targetTo) {
    }

    /** The largest length deviation, in standard deviations, of a bead the alignment is trusted with. */
    public static final double MAX_DEVIATION = 2.5;

    private static final double VARIANCE = 6.8;
    /** The bead types with their priors from Gale and Church's hand-aligned corpus: {english, target, prior}. */
    private static final double[][] BEADS = {
            {1, 1, 0.89}, {1, 0, 0.0099}, {0, 1, 0.0099}, {2, 1, 0.089}, {1, 2, 0.089}, {2, 2, 0.011}};

    private Alignment() {
    }

    /** The beads from first to last sentence, or empty when no alignment is confident. */
    public static Optional<List<Bead>> align(List<String> english, List<String> target) {
        int n = english.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return Optional.empty();
        }
        if (n == m) {
            List<Bead> beads = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                beads.add(new Bead(i, i + 1, i, i + 1));
            }
            return Optional.of(beads);
        }
        int[] en = lengths(english);
        int[] tg = lengths(target);
        double ratio = (double) sum(tg, 0, m) / Math.max(1, sum(en, 0, n));
        double[][] cost = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (cost[i][j] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int t = 0; t < BEADS.length; t++) {
                    int di = (int) BEADS[t][0];
                    int dj = (int) BEADS[t][1];
                    if (i + di > n || j + dj > m) {
                        continue;
                    }
                    double c = cost[i][j] + beadCost(sum(en, i, i + di), sum(tg, j, j + dj), ratio, BEADS[t][2]);
                    if (c < cost[i + di][j + dj]) {
                        cost[i + di][j + dj] = c;
                        from[i + di][j + dj] = t;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int t = from[i][j];
            int di = (int) BEADS[t][0];
            int dj = (int) BEADS[t][1];
            if (di == 0 || dj == 0) {
                return Optional.empty();
            }
            if (Math.abs(deviation(sum(en, i - di, i), sum(tg, j - dj, j), ratio)) > MAX_DEVIATION) {
                return Optional.empty();
            }
            beads.add(new Bead(i - di, i, j - dj, j));
            i -= di;
            j -= dj;
        }
        Collections.reverse(beads);
        return Optional.of(beads);
    }

    /** δ of Gale and Church: how many standard deviations the target length is from the expected one. */
    static double deviation(int english, int target, double ratio) {
        if (english == 0 && target == 0) {
            return 0;
        }
        double mean = (english + target / ratio) / 2; // the paper's symmetric mean length
        return (target - english * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE * ratio);
    }

    private static double beadCost(int english, int target, double ratio, double prior) {
        double delta = Math.abs(deviation(english, target, ratio));
        double tail = 2 * (1 - normal(delta));
        return -Math.log(prior) - Math.log(Math.max(tail, 1e-300));
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double normal(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return z > 0 ? 1 - p : p;
    }

    private static int[] lengths(List<String> sentences) {
        int[] lengths = new int[sentences.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = sentences.get(i).codePointCount(0, sentences.get(i).length());
        }
        return lengths;
    }

    private static int sum(int[] lengths, int from, int to) {
        int s = 0;
        for (int k = from; k < to; k++) {
            s += lengths[k];
        }
        return s;
    }
}
