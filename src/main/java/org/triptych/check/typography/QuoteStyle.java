package org.triptych.check.typography;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code typography.quotes}: quotation marks not of the language's style. Ukrainian quotes with «…» and, inside
 * them, „…“; Korean with “…” or ‘…’ (and the title brackets 「」『』《》〈〉). One finding per outermost quotation
 * whose marks, or those of a quotation inside it, are wrong; the fix rewrites them all. A quotation copied unchanged
 * from the English, marks and all, is code or a literal name and is left alone, as is an attribute value ({@code url="…"}).
 */
final class QuoteStyle extends TypographyRule {

    QuoteStyle() {
        super("quotes", Severity.WARNING);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        String text = target.target().text();
        if (!Marks.hasPairedMark(text) || !hasQuote(text)) {
            return List.of();
        }
        boolean ukrainian = target.lang().equals("uk");
        if (!ukrainian && !target.lang().equals("ko")) {
            return List.of();
        }
        String english = target.paragraph().source();
        List<Finding> findings = new ArrayList<>();
        List<Marks.Pair> pairs = Marks.of(text).pairs();
        for (int p = 0; p < pairs.size(); p++) {
            Marks.Pair outer = pairs.get(p);
            if (!outer.quote() || outer.depth() > 0
                    || english.contains(text.substring(outer.open(), outer.close() + 1))
                    || (outer.open() > 0 && text.charAt(outer.open() - 1) == '=')) {
                continue;
            }
            StringBuilder fixed = new StringBuilder(text.substring(outer.open(), outer.close() + 1));
            boolean wrong = false;
            for (int q = p; q < pairs.size() && pairs.get(q).open() < outer.close(); q++) {
                Marks.Pair pair = pairs.get(q);
                if (!pair.quote()) {
                    continue;
                }
                String expected = ukrainian ? ukrainian(text, pair) : korean(text, pair);
                if (expected != null) {
                    wrong = true;
                    fixed.setCharAt(pair.open() - outer.open(), expected.charAt(0));
                    fixed.setCharAt(pair.close() - outer.open(), expected.charAt(1));
                }
            }
            if (wrong) {
                String marks = ukrainian ? "«»" : "“”";
                findings.add(target.findingAt(id(), new Span(outer.open(), outer.close() + 1), null,
                        "finding.typography.quotes", String.valueOf(marks.charAt(0)), String.valueOf(marks.charAt(1)))
                        .withFix(fixed.toString()));
            }
        }
        return findings;
    }

    /** The marks a Ukrainian quotation at this depth takes when its own are wrong, else null. */
    private static String ukrainian(String text, Marks.Pair pair) {
        char open = text.charAt(pair.open());
        char close = text.charAt(pair.close());
        if (pair.depth() == 0) {
            return open == '«' && close == '»' ? null : "«»";
        }
        return open == '„' && (close == '“' || close == '”') ? null : "„“";
    }

    /** The marks a Korean quotation takes when its own are wrong (straight, «», „“), else null. */
    private static String korean(String text, Marks.Pair pair) {
        char open = text.charAt(pair.open());
        if (open == '“' || open == '‘') {
            return null;
        }
        return pair.depth() == 0 ? "“”" : "‘’";
    }

    private static boolean hasQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("\"«»„“”‘".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
