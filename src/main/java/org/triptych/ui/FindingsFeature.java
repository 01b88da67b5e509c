package org.triptych.ui;

import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.findings.IssueNavigator;
import org.triptych.ui.findings.IssuesPanel;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * The findings of the live check: the Issues panel under the Glossary panel, and Go > Next issue (F8) and Previous
 * issue (Shift+F8). EDT only.
 */
final class FindingsFeature implements Feature {

    private final IssuesPanel panel;
    private final IssueNavigator steps;

    FindingsFeature(IssuesPanel panel, IssueNavigator steps) {
        this.panel = panel;
        this.steps = steps;
    }

    @Override
    public void install(FeatureRegistry registry) {
        registry.addPanel(new FeatureRegistry.Panel("issues", panel, 200));
        registry.add(Command.of("action.nextIssue", KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0),
                new Place(EditorFeature.GO, 140), () -> {
                    if (!steps.next()) {
                        registry.state().say(registry.state().messages().get("status.noIssues"));
                    }
                }));
        registry.add(Command.of("action.previousIssue", KeyStroke.getKeyStroke(KeyEvent.VK_F8, InputEvent.SHIFT_DOWN_MASK),
                new Place(EditorFeature.GO, 150), () -> {
                    if (!steps.previous()) {
                        registry.state().say(registry.state().messages().get("status.noIssues"));
                    }
                }));
    }
}
