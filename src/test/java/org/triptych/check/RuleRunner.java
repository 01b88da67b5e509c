package org.triptych.check;

import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one rule alone, through a real engine with an empty glossary, on one English paragraph and one target. */
public final class RuleRunner {

    private RuleRunner() {
    }

    public static List<Finding> check(Rule rule, String english, String lang, String target) {
        Paragraph paragraph = new Paragraph("p1", english, Map.of(lang, new Translation(target, Status.TRANSLATED)), "",
                Map.of(), 2);
        CheckEngine engine = new CheckEngine(Terminology.of(List.of()), List.of(rule), List.of(), CheckSettings.defaults());
        return engine.check(Path.of("translations", "x.csv"), paragraph, lang);
    }
}
