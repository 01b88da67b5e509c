package org.triptych.check.tags;

import org.triptych.check.Rule;
import org.triptych.check.RuleProvider;
import org.triptych.check.Terminology;

import java.util.List;

/** Adds the {@code tags} rule to every check (listed in {@code META-INF/services}). Any thread. */
public final class TagsRuleProvider implements RuleProvider {

    @Override
    public List<Rule> rules(Terminology terminology) {
        return List.of(new TagsRule());
    }
}
