package org.triptych.check;

import java.nio.file.Path;

/**
 * One terminology problem in one target of one paragraph.
 *
 * @param line        the 1-based line of the paragraph's row in the document (0 when not read from a file)
 * @param term        the concept's preferred English term
 * @param expected    the preferred rendering in {@code lang}
 * @param found       the offending text as written (forbidden variants), or an empty string
 * @param start       start of the offending span in the target text (forbidden variants); -1 when none
 * @param end         end (exclusive) of that span; -1 when none
 * @param sourceStart start of the English term in the source; -1 when none
 * @param sourceEnd   end (exclusive) of the English term; -1 when none
 * @param message     what is wrong, in one line: "expected …" or "found …, expected …"
 */
public record Finding(Path document, String paragraph, int line, String lang, FindingKind kind, String term,
                      String expected, String found, int start, int end, int sourceStart, int sourceEnd, String message) {
}
