package org.triptych.ui.terms;

import org.triptych.check.Finding;
import org.triptych.check.TerminologyCheck;
import org.triptych.model.Concept;
import org.triptych.model.Paragraph;

import java.nio.file.Path;
import java.util.List;

/** The window's view of the terminology engine ({@link TerminologyCheck}): immutable, any thread. */
public final class EngineTerminology implements Terminology {

    private final TerminologyCheck check;

    private EngineTerminology(TerminologyCheck check) {
        this.check = check;
    }

    /** Builds the term index and the target matchers for a glossary; slow for large ones, so off the EDT. */
    public static EngineTerminology of(List<Concept> concepts) {
        return new EngineTerminology(TerminologyCheck.of(concepts));
    }

    @Override
    public List<TermSpan> termsIn(String english) {
        return check.index().find(english).stream().map(h -> new TermSpan(h.start(), h.end(), h.concept())).toList();
    }

    @Override
    public List<TargetIssue> check(Path document, Paragraph paragraph, String lang) {
        return check.check(document, paragraph, lang).stream().map(EngineTerminology::issue).toList();
    }

    private static TargetIssue issue(Finding f) {
        return new TargetIssue(f.paragraph(), f.lang(), f.kind().id(), f.term(), f.expected(), f.found(),
                f.start(), f.end(), f.sourceStart(), f.sourceEnd(), f.message());
    }

    @Override
    public boolean renders(Concept concept, String lang, String targetText) {
        return check.renders(concept, lang, targetText);
    }
}
