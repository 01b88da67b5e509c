package org.triptych.ui.repeats;

import org.triptych.session.Repetitions;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Items;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/**
 * Repeated paragraphs in the window: switches the session's {@link Repetitions} on (Edit > Fill repetitions
 * automatically, remembered), and when a confirmed translation differs from its repeats, asks whether to give them
 * the new text. EDT only.
 */
public final class RepetitionsFeature implements Feature {

    static final String FILL = "action.fillRepetitions";
    private static final String FILL_SETTING = "fill";

    private WorkbenchState state;
    private Preferences preferences;
    private WorkspaceSession watched;

    @Override
    public void install(FeatureRegistry registry) {
        state = registry.state();
        preferences = state.preferences("repetitions");
        registry.add(new Items(new Place("menu.edit", 320), m -> {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(m.get(FILL), fills());
            item.setName(FILL);
            item.addActionListener(e -> setFills(item.isSelected()));
            return List.of(item);
        }));
        state.addListener(s -> follow(s.session()));
        follow(state.session());
    }

    private boolean fills() {
        return preferences.getBoolean(FILL_SETTING, true);
    }

    private void setFills(boolean on) {
        preferences.putBoolean(FILL_SETTING, on);
        if (watched != null && watched.repetitions() != null) {
            watched.repetitions().setEnabled(on);
        }
    }

    /** Takes a newly opened session's repetitions in hand; the same session again changes nothing. */
    private void follow(WorkspaceSession session) {
        if (session == watched) {
            return;
        }
        watched = session;
        if (session == null || session.repetitions() == null) {
            return;
        }
        Repetitions repetitions = session.repetitions();
        repetitions.addListener(difference -> SwingUtilities.invokeLater(() -> offer(session, difference)));
        repetitions.setEnabled(fills());
    }

    /** Asks whether the repeats that differ take the translation just confirmed. */
    private void offer(WorkspaceSession session, Repetitions.Difference difference) {
        if (session != watched) {
            return;
        }
        Messages m = state.messages();
        String ids = difference.rows().stream().limit(8).map(row -> session.editor().paragraph(row).id())
                .collect(Collectors.joining(", "));
        String[] options = {m.get("repeats.update"), m.get("repeats.keep")};
        int answer = JOptionPane.showOptionDialog(state.window(),
                m.format("repeats.differ", difference.rows().size(), ids, m.languageName(difference.lang())),
                m.get("repeats.title"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
        if (answer == 0) {
            session.repetitions().update(difference);
            state.say(m.format("repeats.updated", difference.rows().size()));
        }
    }
}
