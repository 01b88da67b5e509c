package org.triptych.check.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one English paragraph matched with those of one target: each English number takes the first
 * target number, not yet taken, that can mean one of its values; numbers in words in the target are read only for English
 * numbers left over. What is left on both sides, in text order, is the result. Made and used on one thread.
 */
final class NumberMatch {

    /** An English number the target does not have, and the target number in its place (null when none is). */
    record Unmatched(WrittenNumber english, WrittenNumber target) {
    }

    private final List<Unmatched> unmatched = new ArrayList<>();
    private final List<WrittenNumber> extra = new ArrayList<>();

    private NumberMatch() {
    }

    /** The match of {@code english} against {@code target} read by {@code reader}. */
    static NumberMatch of(String english, String target, NumberReader reader) {
        NumberMatch match = new NumberMatch();
        List<WrittenNumber> sourceNumbers = EnglishNumbers.INSTANCE.digits(english);
        List<WrittenNumber> targetNumbers = reader.digits(target);
        boolean[] taken = new boolean[targetNumbers.size()];
        List<WrittenNumber> missing = take(sourceNumbers, targetNumbers, taken);
        if (!missing.isEmpty()) {
            List<WrittenNumber> spelled = reader.spelled(target);
            missing = take(missing, spelled, new boolean[spelled.size()]);
        }
        List<WrittenNumber> left = new ArrayList<>();
        for (int t = 0; t < targetNumbers.size(); t++) {
            if (!taken[t]) {
                left.add(targetNumbers.get(t));
            }
        }
        for (int k = 0; k < missing.size(); k++) {
            match.unmatched.add(new Unmatched(missing.get(k), k < left.size() ? left.get(k) : null));
        }
        match.extra.addAll(left.subList(Math.min(missing.size(), left.size()), left.size()));
        return match;
    }

    /** The English numbers that no target number means, marking those taken. */
    private static List<WrittenNumber> take(List<WrittenNumber> english, List<WrittenNumber> target, boolean[] taken) {
        List<WrittenNumber> missing = new ArrayList<>();
        for (WrittenNumber number : english) {
            int found = -1;
            for (int t = 0; t < target.size() && found < 0; t++) {
                for (BigDecimal value : number.values()) {
                    if (!taken[t] && target.get(t).means(value)) {
                        found = t;
                    }
                }
            }
            if (found >= 0) {
                taken[found] = true;
            } else {
                missing.add(number);
            }
        }
        return missing;
    }

    /** English numbers missing from the target, each paired with a target number left over when there is one. */
    List<Unmatched> unmatched() {
        return unmatched;
    }

    /** Target numbers (in digits) that stand for no English number and replace none. */
    List<WrittenNumber> extra() {
        return extra;
    }
}
