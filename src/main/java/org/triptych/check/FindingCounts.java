package org.triptych.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings counted as they stream past, in all and per rule, for the summary the check output ends with;
 * the findings themselves are not kept. One thread.
 */
public final class FindingCounts {

    private final Map<String, long[]> byRule = new LinkedHashMap<>();
    private long total;

    /** @param ruleIds the rules that ran, counted (as 0) even when they find nothing; their order is the summary's */
    public FindingCounts(List<String> ruleIds) {
        for (String rule : ruleIds) {
            byRule.put(rule, new long[1]);
        }
    }

    public void add(Finding finding) {
        total++;
        long[] count = byRule.get(finding.rule());
        if (count != null) {
            count[0]++;
        }
    }

    public long total() {
        return total;
    }

    /** The rules that ran, in order, each with how many findings it reported. */
    public Map<String, Long> perRule() {
        Map<String, Long> counts = new LinkedHashMap<>();
        byRule.forEach((rule, count) -> counts.put(rule, count[0]));
        return counts;
    }
}
