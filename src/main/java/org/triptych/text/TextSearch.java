package org.triptych.text;

import org.triptych.model.Paragraph;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find and replace over the cells of a document, plain text or regular expressions, in one language or
 * several. Plain Java, so it is tested without a window.
 */
public final class TextSearch {

    /** A match in the cell of {@code lang} ("en" for the English) of row {@code row}. */
    public record Match(int row, String lang, int start, int end) {
    }

    private final Pattern pattern;
    private final boolean regex;

    private TextSearch(Pattern pattern, boolean regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** @throws java.util.regex.PatternSyntaxException when {@code regex} and the query is not a valid expression */
    public static TextSearch of(String query, boolean regex, boolean matchCase) {
        int flags = Pattern.UNICODE_CASE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE);
        return new TextSearch(Pattern.compile(regex ? query : Pattern.quote(query), flags), regex);
    }

    /**
     * The first match after {@code (row, lang, offset)} in row-then-language order, wrapping around to the
     * start; empty when nothing matches anywhere.
     */
    public Optional<Match> next(List<Paragraph> paragraphs, List<String> langs, int row, String lang, int offset) {
        int n = paragraphs.size();
        if (n == 0 || langs.isEmpty()) {
            return Optional.empty();
        }
        int startRow = Math.max(0, Math.min(row, n - 1));
        int startLang = Math.max(0, langs.indexOf(lang));
        for (int step = 0; step <= n; step++) {
            int r = (startRow + step) % n;
            for (int l = step == 0 ? startLang : 0; l < langs.size(); l++) {
                String text = textOf(paragraphs.get(r), langs.get(l));
                int from = step == 0 && l == startLang ? Math.min(offset, text.length()) : 0;
                Matcher m = pattern.matcher(text);
                if (m.find(from) && m.end() > m.start()) {
                    return Optional.of(new Match(r, langs.get(l), m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the span {@code [start, end)} of {@code text} is exactly one match. */
    public boolean matchesAt(String text, int start, int end) {
        Matcher m = pattern.matcher(text);
        m.region(start, text.length());
        return m.lookingAt() && m.end() == end;
    }

    /** {@code text} with the match at {@code start} replaced; group references work for regular expressions. */
    public String replaceAt(String text, int start, String replacement) {
        Matcher m = pattern.matcher(text);
        m.region(start, text.length());
        if (!m.lookingAt()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        m.appendReplacement(out, regex ? replacement : Matcher.quoteReplacement(replacement));
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} with every match replaced. */
    public String replaceAll(String text, String replacement) {
        return pattern.matcher(text).replaceAll(regex ? replacement : Matcher.quoteReplacement(replacement));
    }

    /** How many matches {@code text} has. */
    public int count(String text) {
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    public static String textOf(Paragraph p, String lang) {
        return lang.equals("en") ? p.source() : p.target(lang).text();
    }
}
