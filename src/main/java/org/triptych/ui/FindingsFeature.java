package org.triptych.ui;

import org.triptych.check.Finding;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.feature.EditorMenu;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.findings.IssueNavigator;
import org.triptych.ui.findings.IssuesPanel;
import org.triptych.ui.feature.TargetSpot;
import org.triptych.ui.i18n.Messages;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

/**
 * The findings of the live check: the Issues panel under the Glossary panel, Go > Next issue (F8) and Previous
 * issue (Shift+F8), and "Apply fix" for a finding that offers one, on a right-click in the Issues panel or on the
 * finding's text in the editor. EDT only.
 */
final class FindingsFeature implements Feature {

    private final IssuesPanel panel;
    private final IssueNavigator steps;

    FindingsFeature(IssuesPanel panel, IssueNavigator steps) {
        this.panel = panel;
        this.steps = steps;
    }

    /** "Apply fix: …" for a finding, replacing its span in the document as an undoable edit. */
    private static JMenuItem fixItem(FeatureRegistry registry, Finding f, Messages m) {
        JMenuItem item = new JMenuItem(m.format("issues.applyFix", shown(f.found()), shown(f.fix())));
        item.setName("applyFix");
        item.addActionListener(e -> {
            WorkspaceSession session = registry.state().session();
            if (session == null || session.editor() == null
                    || !session.editor().replaceSpan(f.paragraph(), f.lang(), f.start(), f.end(), f.found(), f.fix())) {
                registry.state().say(m.get("status.textChanged"));
            }
        });
        return item;
    }

    /** A span as shown in a menu: spaces made visible, since fixes often remove or change them. */
    private static String shown(String text) {
        return text.replace(' ', '\u2423');
    }

    @Override
    public void install(FeatureRegistry registry) {
        registry.addPanel(new FeatureRegistry.Panel("issues", panel, 200));
        registry.addEditorMenu(new EditorMenu<Void>() {
            @Override
            public int position() {
                return 50;
            }

            @Override
            public List<JMenuItem> items(TargetSpot spot, Void nothing, Messages m) {
                return spot.findings().stream().filter(Finding::hasFix).map(f -> fixItem(registry, f, m)).toList();
            }
        });
        panel.table().addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                int row = panel.table().rowAtPoint(e.getPoint());
                if (!e.isPopupTrigger() || row < 0) {
                    return;
                }
                panel.table().setRowSelectionInterval(row, row);
                Finding f = panel.issues().get(panel.table().convertRowIndexToModel(row));
                JPopupMenu menu = new JPopupMenu();
                menu.setName("issueMenu");
                JMenuItem apply = f.hasFix() ? fixItem(registry, f, registry.state().messages())
                        : new JMenuItem(registry.state().messages().get("issues.noFix"));
                apply.setEnabled(f.hasFix());
                menu.add(apply);
                menu.show(panel.table(), e.getX(), e.getY());
            }
        });
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
