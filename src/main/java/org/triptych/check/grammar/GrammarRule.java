package org.triptych.check.grammar;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Rule;
import org.triptych.check.Severity;
import org.triptych.morph.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code grammar.uk.<name>}: one of the LanguageTool Ukrainian rules that catch what a translator from English
 * writes and the terminology check cannot, each switched on its own. Off by default: LanguageTool takes seconds to
 * start and tens of milliseconds a paragraph (see README). Lower-case names of countries are {@code spelling.uk}'s
 * (the speller knows them capitalised only). Immutable and thread-safe.
 */
public final class GrammarRule implements Rule {

    static final String PREFIX = "grammar.uk.";

    /** Triptych's sub-id for each LanguageTool rule offered. */
    private static final Map<String, String> SUB_IDS = Map.of(
            "na-ukraini", "na_ukraini",
            "preposition-case", "UK_PREP_NOUN_INFLECTION_AGREEMENT",
            "adjective-agreement", "UK_ADJ_NOUN_INFLECTION_AGREEMENT",
            "numeral-agreement", "UK_NUMR_NOUN_INFLECTION_AGREEMENT",
            "calques", "UK_SIMPLE_REPLACE");

    static final Set<String> LANGUAGETOOL_IDS = Set.copyOf(SUB_IDS.values());

    private final String id;
    private final String languageToolId;

    private GrammarRule(String name) {
        this.id = PREFIX + name;
        this.languageToolId = SUB_IDS.get(name);
    }

    /** Every grammar rule, in the order their findings are listed. */
    public static List<Rule> rules() {
        return List.of(new GrammarRule("na-ukraini"), new GrammarRule("preposition-case"),
                new GrammarRule("adjective-agreement"), new GrammarRule("numeral-agreement"), new GrammarRule("calques"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String descriptionKey() {
        return "rule.grammar.uk.description";
    }

    @Override
    public Unavailable unavailable() {
        String why = UkrainianGrammar.problem();
        return why == null ? null : new Unavailable("rule.unavailable.module", List.of(why));
    }

    @Override
    public List<Finding> check(CheckContext target) {
        if (!"uk".equals(target.lang()) && !target.lang().startsWith("uk-")) {
            return List.of();
        }
        UkrainianGrammar grammar = UkrainianGrammar.get();
        if (grammar == null) {
            return List.of();
        }
        String text = target.target().text();
        List<Finding> findings = new ArrayList<>();
        for (UkrainianGrammar.Match m : LastText.matches(grammar, text)) {
            if (!m.ruleId().equals(languageToolId) || m.start() < 0 || m.end() <= m.start() || m.end() > text.length()) {
                continue;
            }
            Finding finding = target.findingAt(id, new Span(m.start(), m.end()), null, "finding.grammar.uk", m.message());
            findings.add(m.suggestion() == null ? finding : finding.withFix(m.suggestion()));
        }
        return findings;
    }

    /** The matches of the last text each thread checked: the sub-rules of one target share one LanguageTool run. */
    private static final class LastText {
        private record Checked(String text, List<UkrainianGrammar.Match> matches) {
        }

        private static final ThreadLocal<Checked> LAST = new ThreadLocal<>();

        static List<UkrainianGrammar.Match> matches(UkrainianGrammar grammar, String text) {
            Checked last = LAST.get();
            if (last == null || !last.text().equals(text)) {
                last = new Checked(text, grammar.check(text));
                LAST.set(last);
            }
            return last.matches();
        }
    }
}
