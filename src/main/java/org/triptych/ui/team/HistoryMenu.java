package org.triptych.ui.team;

import org.triptych.model.Workspace;
import org.triptych.team.TeamRepository;
import org.triptych.ui.feature.EditorMenu;
import org.triptych.ui.feature.TargetSpot;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-click in a target cell > History: who changed the cell, when and to what, from the git log of the document;
 * choosing a version restores it as an edit (undoable, saved and synchronised like any other). Read off the EDT.
 */
final class HistoryMenu implements EditorMenu<List<TeamRepository.CellVersion>> {

    private static final int SHOWN = 12;
    private static final int EXCERPT = 60;

    private final WorkbenchState state;

    HistoryMenu(WorkbenchState state) {
        this.state = state;
    }

    @Override
    public int position() {
        return 900;
    }

    @Override
    public List<TeamRepository.CellVersion> prepare(TargetSpot spot) {
        var session = state.session();
        if (session == null || session.sync() == null) {
            return List.of();
        }
        String file = Workspace.TRANSLATIONS + "/" + session.sync().file().getFileName();
        try {
            return session.team().history(file, spot.paragraph().id(), spot.lang()).join();
        } catch (RuntimeException e) {
            return List.of(); // no history to offer (not a repository, or unreadable): the menu shows none
        }
    }

    @Override
    public List<JMenuItem> items(TargetSpot spot, List<TeamRepository.CellVersion> versions, Messages messages) {
        if (versions == null || versions.isEmpty()) {
            return List.of();
        }
        JMenu menu = new JMenu(messages.get("team.history"));
        menu.setName("team.history");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        List<JMenuItem> items = new ArrayList<>();
        for (TeamRepository.CellVersion version : versions.subList(0, Math.min(SHOWN, versions.size()))) {
            String text = version.value().length() > EXCERPT ? version.value().substring(0, EXCERPT) + "…" : version.value();
            JMenuItem item = new JMenuItem(messages.format("team.history.version", version.author(),
                    when.format(version.when()), text.isEmpty() ? messages.get("team.history.empty") : text));
            item.setToolTipText(version.message());
            item.setEnabled(!version.value().equals(spot.text()));
            item.addActionListener(e -> {
                var session = state.session();
                if (session != null && session.editor() != null && session.editor().paragraph(spot.row()).id()
                        .equals(spot.paragraph().id())) {
                    session.editor().setText(spot.row(), spot.lang(), version.value());
                    state.say(messages.format("team.history.restored", version.author()));
                }
            });
            items.add(item);
        }
        items.forEach(menu::add);
        return List.of(menu);
    }
}
