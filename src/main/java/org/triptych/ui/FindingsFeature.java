package org.triptych.ui;

import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.findings.IssuesPanel;

/** The findings of the live check: the Issues panel under the Glossary panel. EDT only. */
final class FindingsFeature implements Feature {

    private final IssuesPanel panel;

    FindingsFeature(IssuesPanel panel) {
        this.panel = panel;
    }

    @Override
    public void install(FeatureRegistry registry) {
        registry.addPanel(new FeatureRegistry.Panel("issues", panel, 200));
    }
}
