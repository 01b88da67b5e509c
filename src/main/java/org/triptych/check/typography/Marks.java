package org.triptych.check.typography;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotation marks and brackets of a text, paired: one pass with a stack. Straight quotes open after a space or
 * an opening mark and close elsewhere; “ closes „ (Ukrainian „…“) and opens otherwise; ’ closes ‘ and is an
 * apostrophe otherwise (з’явилася, Russia’s); a bracket after a colon or semicolon is a smiley. Marks left without a partner are kept apart. Immutable once made;
 * one per text, on one thread.
 */
final class Marks {

    /** A mark and its partner; {@code depth} counts the quotation pairs around it (brackets not counted). */
    record Pair(int open, int close, int depth, boolean quote) {
    }

    private static final String OPENING_BRACKETS = "([{「『《〈";
    private static final String CLOSING_BRACKETS = ")]}」』》〉";

    private final List<Pair> pairs = new ArrayList<>();
    private final List<Integer> unpairedQuotes = new ArrayList<>();
    private final List<Integer> unpairedBrackets = new ArrayList<>();

    private Marks(String text) {
        // Open marks: their positions, the closers they accept, whether they are quotes.
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == ')') && i > 0 && (text.charAt(i - 1) == ':' || text.charAt(i - 1) == ';')) {
                continue;
            }
            int bracket = OPENING_BRACKETS.indexOf(c);
            if (bracket >= 0) {
                stack.add(i);
                continue;
            }
            char top = stack.isEmpty() ? 0 : text.charAt(stack.get(stack.size() - 1));
            switch (c) {
                case '«', '„', '‘' -> stack.add(i);
                case '“' -> {
                    if (top == '„') {
                        close(text, stack, i);
                    } else {
                        stack.add(i);
                    }
                }
                case '’' -> {
                    if (top == '‘') {
                        close(text, stack, i);
                    }
                }
                case '"' -> {
                    if (opensHere(text, i) || !contains(text, stack, '"')) {
                        stack.add(i);
                    } else {
                        close(text, stack, i);
                    }
                }
                case '»', '”' -> close(text, stack, i);
                default -> {
                    if (CLOSING_BRACKETS.indexOf(c) >= 0) {
                        close(text, stack, i);
                    }
                }
            }
        }
        for (int open : stack) {
            unpaired(text, open);
        }
        pairs.sort((a, b) -> Integer.compare(a.open(), b.open()));
    }

    static Marks of(String text) {
        return new Marks(text);
    }

    /** The marks that may pair or stay unpaired; ’ alone is an apostrophe and needs no pairing. */
    private static final String PAIRED = OPENING_BRACKETS + CLOSING_BRACKETS + "«»„“”‘\"";
    private static final char PAIRED_LIMIT = (char) (PAIRED.chars().max().orElse(0) + 1);
    private static final boolean[] IS_PAIRED = new boolean[PAIRED_LIMIT];

    static {
        for (char c : PAIRED.toCharArray()) {
            IS_PAIRED[c] = true;
        }
    }

    /** True when {@code text} has a bracket or a quotation mark other than ’; without one it has no pairs at all. */
    static boolean hasPairedMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < PAIRED_LIMIT && IS_PAIRED[c]) {
                return true;
            }
        }
        return false;
    }

    /** The pairs, in order of their opening marks. */
    List<Pair> pairs() {
        return pairs;
    }

    /** Quotation marks without a partner, in text order. */
    List<Integer> unpairedQuotes() {
        return unpairedQuotes.stream().sorted().toList();
    }

    /** Brackets without a partner, in text order. */
    List<Integer> unpairedBrackets() {
        return unpairedBrackets.stream().sorted().toList();
    }

    static boolean isQuote(char c) {
        return OPENING_BRACKETS.indexOf(c) < 0 && CLOSING_BRACKETS.indexOf(c) < 0;
    }

    /** True when {@code close} ends a pair opened by {@code open}. */
    private static boolean closes(char open, char close) {
        return switch (close) {
            case '»' -> open == '«';
            case '“' -> open == '„';
            case '”' -> open == '“' || open == '„';
            case '’' -> open == '‘';
            case '"' -> open == '"';
            default -> {
                int bracket = CLOSING_BRACKETS.indexOf(close);
                yield bracket >= 0 && OPENING_BRACKETS.charAt(bracket) == open;
            }
        };
    }

    /** Pairs {@code at} with the nearest open mark it closes; marks opened after that one stay unpaired. */
    private void close(String text, List<Integer> stack, int at) {
        char c = text.charAt(at);
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (closes(text.charAt(stack.get(k)), c)) {
                while (stack.size() > k + 1) {
                    unpaired(text, stack.remove(stack.size() - 1));
                }
                int open = stack.remove(k);
                boolean quote = isQuote(c);
                int depth = 0;
                for (int s : stack) {
                    if (isQuote(text.charAt(s))) {
                        depth++;
                    }
                }
                pairs.add(new Pair(open, at, depth, quote));
                return;
            }
        }
        unpaired(text, at);
    }

    private void unpaired(String text, int at) {
        (isQuote(text.charAt(at)) ? unpairedQuotes : unpairedBrackets).add(at);
    }

    private static boolean contains(String text, List<Integer> stack, char mark) {
        for (int s : stack) {
            if (text.charAt(s) == mark) {
                return true;
            }
        }
        return false;
    }

    /** A straight quote opens at the start, after a space, a dash or an opening mark. */
    private static boolean opensHere(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '—' || before == '–' || before == '-'
                || OPENING_BRACKETS.indexOf(before) >= 0 || "«„“‘".indexOf(before) >= 0;
    }
}
