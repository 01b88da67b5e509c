package org.triptych.ui.spelling;

import org.triptych.check.Finding;
import org.triptych.check.spelling.SpellingRules;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.feature.EditorMenu;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.TargetSpot;
import org.triptych.ui.i18n.Messages;

import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Right-click on a word a spelling rule flagged: the dictionary's suggestions (each replaces the word), "Add to
 * workspace dictionary" and "Ignore in this document" (word lists of the workspace, saved under its lock; the
 * document is checked again). Listed in {@code META-INF/services/org.triptych.ui.feature.Feature}. EDT only, but
 * for the suggestions, which are looked up off it.
 */
public final class SpellingFeature implements Feature {

    /** At most this many suggestions in the menu. */
    static final int SUGGESTIONS = 6;

    /** The flagged word under the mouse and its suggestions. */
    record Flagged(Finding finding, List<String> suggestions) {
    }

    @Override
    public void install(FeatureRegistry registry) {
        registry.addEditorMenu(new EditorMenu<Flagged>() {
            @Override
            public int position() {
                return 100;
            }

            @Override
            public Flagged prepare(TargetSpot spot) {
                for (Finding f : spot.findings()) {
                    if (f.rule().startsWith("spelling.") && !f.hasFix()) {
                        return new Flagged(f, SpellingRules.suggestions(f.lang(), f.found(), SUGGESTIONS));
                    }
                }
                return null;
            }

            @Override
            public List<JMenuItem> items(TargetSpot spot, Flagged flagged, Messages m) {
                if (flagged == null) {
                    return List.of();
                }
                Finding f = flagged.finding();
                List<JMenuItem> items = new ArrayList<>();
                for (String suggestion : flagged.suggestions()) {
                    JMenuItem item = new JMenuItem(suggestion);
                    item.setName("suggestion." + suggestion);
                    item.addActionListener(e -> replace(registry, f, suggestion));
                    items.add(item);
                }
                if (flagged.suggestions().isEmpty()) {
                    JMenuItem none = new JMenuItem(m.get("spelling.noSuggestions"));
                    none.setEnabled(false);
                    items.add(none);
                }
                JMenuItem add = new JMenuItem(m.format("spelling.addToDictionary", f.found()));
                add.setName("spelling.addToDictionary");
                add.addActionListener(e -> remember(registry, f.found(), true));
                items.add(add);
                JMenuItem ignore = new JMenuItem(m.format("spelling.ignoreInDocument", f.found()));
                ignore.setName("spelling.ignoreInDocument");
                ignore.addActionListener(e -> remember(registry, f.found(), false));
                items.add(ignore);
                return items;
            }
        });
    }

    private static void replace(FeatureRegistry registry, Finding f, String replacement) {
        WorkspaceSession session = registry.state().session();
        if (session == null || session.editor() == null
                || !session.editor().replaceSpan(f.paragraph(), f.lang(), f.start(), f.end(), f.found(), replacement)) {
            registry.state().say(registry.state().messages().get("status.textChanged"));
        }
    }

    private static void remember(FeatureRegistry registry, String word, boolean workspace) {
        WorkspaceSession session = registry.state().session();
        if (session == null) {
            return;
        }
        CompletableFuture<Void> saved = workspace ? session.addToDictionary(word) : session.ignoreInDocument(word);
        saved.whenComplete((ok, failure) -> SwingUtilities.invokeLater(() -> {
            Messages m = registry.state().messages();
            registry.state().say(failure == null
                    ? m.format(workspace ? "spelling.added" : "spelling.ignored", word)
                    : m.format("spelling.notSaved", word, failure instanceof java.util.concurrent.CompletionException c
                    && c.getCause() != null ? c.getCause().getMessage() : failure.getMessage()));
        }));
    }
}
