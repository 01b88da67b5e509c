package org.triptych.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline tags that stand for character formatting of a source inside a paragraph's text, as OmegaT writes
 * them: {@code <b1>…</b1>} around formatted text (the letter says what it is: b bold, i italic, u underline,
 * a link, c code, f other formatting), {@code <x2/>} for something that is not text (a field, inline code kept
 * as it is). The number ties a tag of a translation to its formatting in the source. Pure functions; any thread.
 */
public final class InlineTags {

    /** What the check sees instead of each character of a tag, so that offsets stay those of the text. */
    public static final char MASK = '\uFFFC';
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z])(\\d{1,4})(/?)>");

    /** One tag: where it is, its letter and number, and whether it opens, closes or stands alone. */
    public record Tag(int start, int end, char kind, int number, Type type) {

        /** The tag as written. */
        public String text() {
            return switch (type) {
                case OPEN -> "<" + kind + number + ">";
                case CLOSE -> "</" + kind + number + ">";
                case EMPTY -> "<" + kind + number + "/>";
            };
        }
    }

    /** Opening, closing or standing alone. */
    public enum Type { OPEN, CLOSE, EMPTY }

    /** A piece of text and the number of the innermost tag around it (0: none), or one standing-alone tag. */
    public record Segment(String text, int number, boolean placeholder) {
    }

    private InlineTags() {
    }

    /** True when the text may hold a tag (a cheap test before {@link #tags}). */
    public static boolean mayHaveTags(String text) {
        return text.indexOf('<') >= 0 && text.indexOf('>') >= 0;
    }

    /** The tags of {@code text}, in order. */
    public static List<Tag> tags(String text) {
        if (!mayHaveTags(text)) {
            return List.of();
        }
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean empty = !m.group(4).isEmpty();
            if (closing && empty) {
                continue; // "</b1/>" is no tag
            }
            Type type = closing ? Type.CLOSE : empty ? Type.EMPTY : Type.OPEN;
            tags.add(new Tag(m.start(), m.end(), m.group(2).charAt(0), Integer.parseInt(m.group(3)), type));
        }
        return tags;
    }

    /** The text without its tags. */
    public static String strip(String text) {
        List<Tag> tags = tags(text);
        if (tags.isEmpty()) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int at = 0;
        for (Tag tag : tags) {
            plain.append(text, at, tag.start());
            at = tag.end();
        }
        return plain.append(text, at, text.length()).toString();
    }

    /** The text with every character of its tags replaced by {@link #MASK}: the same length and offsets. */
    public static String mask(String text) {
        List<Tag> tags = tags(text);
        if (tags.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Tag tag : tags) {
            java.util.Arrays.fill(chars, tag.start(), tag.end(), MASK);
        }
        return new String(chars);
    }

    /**
     * The text cut at its tags: each piece of text with the innermost open tag around it, each standing-alone
     * tag as a placeholder. A closing tag without its opening one is dropped, an opening one never closed runs
     * to the end.
     */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int at = 0;
        for (Tag tag : tags(text)) {
            if (tag.start() > at) {
                segments.add(new Segment(text.substring(at, tag.start()), open.isEmpty() ? 0 : open.peek(), false));
            }
            at = tag.end();
            switch (tag.type()) {
                case OPEN -> open.push(tag.number());
                case CLOSE -> open.removeFirstOccurrence(tag.number());
                case EMPTY -> segments.add(new Segment(tag.text(), tag.number(), true));
            }
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), open.isEmpty() ? 0 : open.peek(), false));
        }
        return segments;
    }

    /** What is wrong with the tags of a translation, compared with those of its source. */
    public record Problems(List<Tag> missing, List<Tag> extra, List<Tag> misordered) {

        public boolean none() {
            return missing.isEmpty() && extra.isEmpty() && misordered.isEmpty();
        }
    }

    /**
     * Compares the tags of {@code target} with those of {@code source}: tags of the source the target lacks
     * ({@code missing}, positioned in the source), tags the source does not have or has fewer times
     * ({@code extra}), and tags of the target that close before they open or cross another pair
     * ({@code misordered}). Pairs may move and swap places: word order differs between languages.
     */
    public static Problems compare(String source, String target) {
        List<Tag> sourceTags = tags(source);
        List<Tag> targetTags = tags(target);
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (Tag tag : sourceTags) {
            wanted.merge(tag.text(), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Tag> extra = new ArrayList<>();
        for (Tag tag : targetTags) {
            int count = seen.merge(tag.text(), 1, Integer::sum);
            if (count > wanted.getOrDefault(tag.text(), 0)) {
                extra.add(tag);
            }
        }
        List<Tag> missing = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(seen);
        for (Tag tag : sourceTags) {
            int count = left.getOrDefault(tag.text(), 0);
            if (count == 0) {
                missing.add(tag);
            } else {
                left.put(tag.text(), count - 1);
            }
        }
        List<Tag> misordered = new ArrayList<>();
        Deque<Tag> open = new ArrayDeque<>();
        for (Tag tag : targetTags) {
            if (extra.contains(tag)) {
                continue;
            }
            if (tag.type() == Type.OPEN) {
                open.push(tag);
            } else if (tag.type() == Type.CLOSE) {
                if (!open.isEmpty() && open.peek().kind() == tag.kind() && open.peek().number() == tag.number()) {
                    open.pop();
                } else if (open.stream().anyMatch(o -> o.kind() == tag.kind() && o.number() == tag.number())) {
                    misordered.add(tag); // closes across another pair
                    open.removeIf(o -> o.kind() == tag.kind() && o.number() == tag.number());
                } else if (sourceTags.stream().anyMatch(s -> s.type() == Type.OPEN && s.kind() == tag.kind()
                        && s.number() == tag.number())) {
                    misordered.add(tag); // closes before it opens
                }
            }
        }
        for (Tag unclosed : open) {
            boolean closedLater = targetTags.stream().anyMatch(t -> t.type() == Type.CLOSE && t.kind() == unclosed.kind()
                    && t.number() == unclosed.number() && t.start() < unclosed.start());
            if (closedLater) {
                misordered.add(unclosed);
            }
        }
        misordered.sort(java.util.Comparator.comparingInt(Tag::start));
        return new Problems(missing, extra, misordered);
    }
}
