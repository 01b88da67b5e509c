package org.triptych.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translatable blocks of a plain text or Markdown source and the lines they take ({@code lines/3-5}), used
 * by the import and by the export of the translated text so that both see the same blocks. A block is a run of
 * lines up to a blank line (or one line, in line mode). In Markdown, a heading, a list item and a table row
 * are blocks of their own, whose marker ({@code ## }, {@code - }, {@code 1. }, {@code > }) is kept apart from
 * the text; fenced code and rules are not text; inside a block, emphasis and links become inline tags
 * ({@code <b1>…</b1>}, {@code <i2>…</i2>}, {@code <a3>…</a3>}) and inline code and images placeholders
 * ({@code <c4/>}, {@code <x5/>}) that the translation keeps as they are. Pure functions; any thread.
 */
public final class TextLayout {

    private static final Pattern BLANK = Pattern.compile("[\\s\\u00A0\\u3000]*");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])( *\\1){2,} *$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s|$)");
    private static final Pattern TABLE_ROW = Pattern.compile("^ {0,3}\\|");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:-]+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:>\\s?)*)(#{1,6}\\s+|(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]]\\s+)?)?");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)*");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>(`+)(?!`).*?[^`]\\2(?!`))"
            + "|(?<image>!\\[[^\\]]*]\\([^)]*\\))"
            + "|\\[(?<link>[^\\]]+)](?<target>\\([^)]*\\))"
            + "|(?<strongMark>\\*\\*|__)(?=\\S)(?<strong>.+?)(?<=\\S)\\k<strongMark>"
            + "|(?<![\\w*])\\*(?=\\S)(?<star>.+?)(?<=\\S)\\*(?![\\w*])"
            + "|(?<![\\w_])_(?=\\S)(?<under>.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern LOCATOR = Pattern.compile("lines/(\\d{1,9})-(\\d{1,9})");
    private static final Pattern LITERAL_TAG = Pattern.compile("<(?=/?[a-z]\\d{1,4}/?>)");

    /**
     * A block: its lines (1-based, inclusive), the marker kept before the text, its text with inline tags, and
     * what each tag number stands for.
     */
    public record Block(int firstLine, int lastLine, String prefix, String text, Map<Integer, Markup> markup) {

        public String locator() {
            return "lines/" + firstLine + "-" + lastLine;
        }
    }

    /** The source's markup for a tag: what opens and closes it, or for a placeholder the literal text ({@code close} null). */
    public record Markup(String open, String close) {
    }

    private TextLayout() {
    }

    /** The blocks of {@code text} (line ends already LF) that have text to translate, in order. */
    public static List<Block> blocks(String text, boolean markdown, boolean lines) {
        String[] all = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        String fence = null;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (markdown) {
                if (fence != null) {
                    if (line.strip().startsWith(fence)) {
                        fence = null;
                    }
                    continue;
                }
                Matcher opening = FENCE.matcher(line);
                boolean single = HEADING.matcher(line).find() || TABLE_ROW.matcher(line).find();
                if (opening.find() || RULE.matcher(line).matches() || single || LIST_ITEM.matcher(line).find()) {
                    start = flush(all, start, i, blocks, true);
                    if (opening.find(0)) {
                        fence = opening.group(1);
                    } else if (single) {
                        if (!TABLE_RULE.matcher(line).matches()) {
                            add(all, i, i, blocks, true);
                        }
                    } else if (RULE.matcher(line).matches()) {
                        continue;
                    } else if (lines) {
                        add(all, i, i, blocks, true);
                    } else {
                        start = i;
                    }
                    continue;
                }
            }
            if (BLANK.matcher(line).matches()) {
                start = flush(all, start, i, blocks, markdown);
            } else if (lines) {
                add(all, i, i, blocks, markdown);
            } else if (start < 0) {
                start = i;
            }
        }
        flush(all, start, all.length, blocks, markdown);
        return blocks;
    }

    /**
     * The block at {@code locator} ({@code lines/3-5}) of {@code text}, read as the import read it, or empty when
     * the locator is not one of these or its lines hold no text.
     */
    public static java.util.Optional<Block> at(String text, String locator, boolean markdown) {
        Matcher m = LOCATOR.matcher(locator);
        String[] all = text.split("\n", -1);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int first = Integer.parseInt(m.group(1)) - 1;
        int last = Integer.parseInt(m.group(2)) - 1;
        if (first < 0 || last < first || last >= all.length) {
            return java.util.Optional.empty();
        }
        List<Block> found = new ArrayList<>(1);
        add(all, first, last, found, markdown);
        return found.stream().findFirst();
    }

    private static int flush(String[] all, int start, int end, List<Block> blocks, boolean markdown) {
        if (start >= 0) {
            add(all, start, end - 1, blocks, markdown);
        }
        return -1;
    }

    private static void add(String[] all, int first, int last, List<Block> blocks, boolean markdown) {
        String prefix;
        StringBuilder body = new StringBuilder();
        if (markdown) {
            Matcher marker = MARKER.matcher(all[first]);
            marker.find();
            prefix = marker.group();
            String head = all[first].substring(marker.end());
            if (HEADING.matcher(all[first]).find()) {
                head = CLOSING_HASHES.matcher(head).replaceFirst("");
            }
            body.append(head);
            for (int i = first + 1; i <= last; i++) {
                body.append('\n').append(QUOTE.matcher(all[i]).replaceFirst(""));
            }
        } else {
            prefix = all[first].substring(0, all[first].length() - all[first].stripLeading().length());
            for (int i = first; i <= last; i++) {
                body.append(i > first ? "\n" : "").append(all[i]);
            }
        }
        Map<Integer, Markup> markup = new LinkedHashMap<>();
        String tagged = markdown ? inline(body.toString(), markup) : escape(body.toString());
        String text = SourceReader.tidy(tagged);
        if (!SourceReader.tidy(org.triptych.text.InlineTags.strip(text)).isEmpty()) {
            blocks.add(new Block(first + 1, last + 1, prefix, text, markup));
        }
    }

    private static String inline(String text, Map<Integer, Markup> markup) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        int number = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            at = m.end();
            number++;
            if (m.group("code") != null || m.group("image") != null) {
                char kind = m.group("code") != null ? 'c' : 'x';
                markup.put(number, new Markup(m.group(), null));
                out.append('<').append(kind).append(number).append("/>");
                continue;
            }
            String inner;
            char kind;
            Markup marks;
            if (m.group("link") != null) {
                inner = m.group("link");
                kind = 'a';
                marks = new Markup("[", "]" + m.group("target"));
            } else if (m.group("strong") != null) {
                inner = m.group("strong");
                kind = 'b';
                marks = new Markup(m.group("strongMark"), m.group("strongMark"));
            } else {
                inner = m.group("star") != null ? m.group("star") : m.group("under");
                kind = 'i';
                marks = new Markup(m.group("star") != null ? "*" : "_", m.group("star") != null ? "*" : "_");
            }
            markup.put(number, marks);
            out.append('<').append(kind).append(number).append('>').append(escape(inner))
                    .append("</").append(kind).append(number).append('>');
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /** A literal "<b1>" in the source would read as a tag: its "<" becomes a look-alike. */
    private static String escape(String text) {
        return LITERAL_TAG.matcher(text).replaceAll("\u2039");
    }
}
