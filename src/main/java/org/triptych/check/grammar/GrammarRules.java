package org.triptych.check.grammar;

import org.triptych.check.Rule;
import org.triptych.check.RuleProvider;
import org.triptych.check.Terminology;

import java.util.List;

/** The Ukrainian grammar rules ({@code grammar.uk.*}) for the engine, listed in {@code META-INF/services}. */
public final class GrammarRules implements RuleProvider {

    @Override
    public List<Rule> rules(Terminology terminology) {
        return GrammarRule.rules();
    }
}
