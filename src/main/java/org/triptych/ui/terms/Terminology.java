package org.triptych.ui.terms;

import org.triptych.model.Concept;
import org.triptych.model.Paragraph;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window needs from the terminology engine: terms in the English, the check of a target, and
 * whether a target renders a concept. Implementations are immutable and safe to call from any thread;
 * a new glossary means a new instance.
 */
public interface Terminology {

    /** The glossary terms in {@code english}, in text order, not overlapping. */
    List<TermSpan> termsIn(String english);

    /** The findings of one target of one paragraph. */
    List<TargetIssue> check(Path document, Paragraph paragraph, String lang);

    /** True when {@code targetText} contains a rendering of {@code concept} in {@code lang} (any inflected form). */
    boolean renders(Concept concept, String lang, String targetText);

    /** The terminology of a workspace without any glossary: no terms, nothing to check. */
    static Terminology empty() {
        return new Terminology() {
            @Override
            public List<TermSpan> termsIn(String english) {
                return List.of();
            }

            @Override
            public List<TargetIssue> check(Path document, Paragraph paragraph, String lang) {
                return List.of();
            }

            @Override
            public boolean renders(Concept concept, String lang, String targetText) {
                return false;
            }
        };
    }
}
