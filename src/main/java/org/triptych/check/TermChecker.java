package org.triptych.check;

import java.util.List;

/** One terminology rule applied to one paragraph in one target language. */
interface TermChecker {

    void check(ParagraphTarget paragraph, List<Finding> findings);
}
