package org.triptych.session;

import org.junit.jupiter.api.Test;
import org.triptych.check.Finding;
import org.triptych.check.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Next issue / previous issue: reading order, stepping from a finding or from the caret, wrapping. */
class FindingStepsTest {

    private static final Map<String, Integer> ROWS = Map.of("p1", 0, "p2", 1, "p3", 2);

    private static Finding f(String paragraph, String lang, int start, int end) {
        return new Finding("missing-term", Severity.WARNING, Path.of("doc.csv"), paragraph, 0, lang, start, end,
                "term", "", "", -1, -1, "finding.missingTerm", List.of());
    }

    private static FindingSteps steps(Finding... findings) {
        return new FindingSteps(List.of(findings), id -> ROWS.getOrDefault(id, -1), List.of("ko", "uk"));
    }

    @Test
    void stepsInReadingOrderFromOneFindingToTheNextAndBackWrappingAround() {
        Finding ukFirst = f("p1", "uk", 0, 3);
        Finding koLate = f("p1", "ko", 10, 12);
        Finding koEarly = f("p1", "ko", 2, 4);
        Finding p3 = f("p3", "ko", -1, -1);
        FindingSteps steps = steps(p3, ukFirst, koLate, koEarly);
        FindingSteps.Place start = new FindingSteps.Place(0, 0, 0);

        assertThat(steps.next(start, null)).contains(koEarly);
        assertThat(steps.next(start, koEarly)).contains(koLate);
        assertThat(steps.next(start, koLate)).as("Korean before Ukrainian, as the columns").contains(ukFirst);
        assertThat(steps.next(start, ukFirst)).contains(p3);
        assertThat(steps.next(start, p3)).as("wraps to the first").contains(koEarly);
        assertThat(steps.previous(start, koEarly)).as("wraps to the last").contains(p3);
        assertThat(steps.previous(start, ukFirst)).contains(koLate);
    }

    @Test
    void withoutAFindingToStepFromTheCaretDecides() {
        Finding a = f("p1", "ko", 2, 4);
        Finding b = f("p2", "uk", 5, 8);
        FindingSteps steps = steps(a, b, f("gone", "ko", 0, 1));

        assertThat(steps.size()).as("a finding of a paragraph no longer there is left out").isEqualTo(2);
        assertThat(steps.next(new FindingSteps.Place(0, 0, 2), null)).as("the finding at the caret").contains(a);
        assertThat(steps.next(new FindingSteps.Place(0, 0, 3), null)).contains(b);
        assertThat(steps.next(new FindingSteps.Place(1, 1, 9), null)).as("wraps").contains(a);
        assertThat(steps.previous(new FindingSteps.Place(1, 1, 5), null)).contains(a);
        assertThat(steps.previous(new FindingSteps.Place(0, 0, 2), null)).as("wraps").contains(b);
        assertThat(steps.next(new FindingSteps.Place(0, 0, 0), f("p9", "ko", 0, 1))).as("an unknown finding: the caret")
                .contains(a);
        assertThat(steps().next(new FindingSteps.Place(0, 0, 0), null)).isEmpty();
    }
}
