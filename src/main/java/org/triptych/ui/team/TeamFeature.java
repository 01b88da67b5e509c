package org.triptych.ui.team;

import org.triptych.session.WorkspaceSession;
import org.triptych.team.Author;
import org.triptych.team.Credentials;
import org.triptych.team.SyncResult;
import org.triptych.team.TeamException;
import org.triptych.team.TeamRepository;
import org.triptych.ui.BackgroundTask;
import org.triptych.ui.ProgressDialog;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Items;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.GridLayout;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * The Team menu: share the workspace through a git remote, join one shared by others (cloned on the window's task
 * runner with progress and Cancel, then opened), synchronise it (Ctrl+Shift+S, and every few minutes when
 * chosen), settle the conflicts merges left, and a cell's history on the right-click menu. The work is the session's
 * ({@link org.triptych.session.TeamWork}); this asks the author's name once when git's configuration has none, asks
 * for https credentials when the remote wants them (kept until the window closes only when the user says so), and
 * shows the outcome. EDT only.
 */
public final class TeamFeature implements Feature {

    static final String MENU = "menu.team";
    static final String SHARE = "action.team.share";
    static final String JOIN = "action.team.join";
    static final String SYNC = "action.team.sync";
    static final String AUTO = "action.team.auto";
    static final String CONFLICTS = "action.team.conflicts";
    static final Duration PERIOD = Duration.ofMinutes(5);
    private static final String AUTO_SETTING = "auto";

    private WorkbenchState state;
    private Preferences preferences;
    private Credentials kept;
    private WorkspaceSession watched;

    @Override
    public void install(FeatureRegistry registry) {
        state = registry.state();
        preferences = state.preferences("team");
        int menuKey = InputEvent.CTRL_DOWN_MASK; // as every other command of the window
        registry.menu(MENU, 600);
        registry.add(Command.of(SHARE, null, new Place(MENU, 100), this::share).enabledWhen(state::hasWorkspace));
        registry.add(Command.of(JOIN, null, new Place(MENU, 110), this::join));
        registry.add(Command.of(SYNC, KeyStroke.getKeyStroke(KeyEvent.VK_S, menuKey | InputEvent.SHIFT_DOWN_MASK),
                new Place(MENU, 200), () -> synchronise(false)).enabledWhen(state::hasWorkspace));
        registry.add(new Items(new Place(MENU, 210), m -> {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(m.format(AUTO, PERIOD.toMinutes()), automatic());
            item.setName(AUTO);
            item.addActionListener(e -> {
                preferences.putBoolean(AUTO_SETTING, item.isSelected());
                schedule();
            });
            return List.of(item);
        }));
        registry.add(Command.of(CONFLICTS, null, new Place(MENU, 300),
                () -> ConflictDialog.show(state, watched)).enabledWhen(state::hasWorkspace));
        registry.addEditorMenu(new HistoryMenu(state));
        state.addListener(s -> follow(s.session()));
        follow(state.session());
    }

    private boolean automatic() {
        return preferences.getBoolean(AUTO_SETTING, false);
    }

    private void follow(WorkspaceSession session) {
        if (session != watched) {
            watched = session;
            schedule();
        }
    }

    /** Starts or stops the periodic synchronisation of the open workspace, as the menu's check box says. */
    private void schedule() {
        WorkspaceSession session = watched;
        if (session == null) {
            return;
        }
        boolean on = automatic();
        session.team().configuredAuthor().thenAccept(author -> SwingUtilities.invokeLater(() -> {
            if (session != watched) {
                return;
            }
            session.team().synchroniseEvery(on && author.isPresent() ? PERIOD : null, null, kept,
                    outcome -> SwingUtilities.invokeLater(() -> report(outcome)));
        }));
    }

    /** Share workspace…: asks the remote's address, then makes the workspace a repository and pushes it there. */
    private void share() {
        WorkspaceSession session = state.session();
        Messages m = state.messages();
        String url = JOptionPane.showInputDialog(state.window(), m.get("team.share.prompt"), m.get("team.share.title"),
                JOptionPane.QUESTION_MESSAGE);
        if (url == null || url.isBlank()) {
            return;
        }
        withAuthor(session, author -> run(session, credentials -> session.team().share(url.strip(), author, credentials),
                false));
    }

    /** Join workspace…: asks the address and a folder, clones there in the background, then opens it. */
    private void join() {
        JoinDialog.ask(state.window(), state.messages(), joinParent()).ifPresent(request -> joinWith(request, kept));
    }

    /** Where a joined workspace goes unless the user says otherwise: beside the one open now, or the home folder. */
    private Path joinParent() {
        WorkspaceSession session = state.session();
        Path parent = session == null ? null : session.root().getParent();
        return parent != null ? parent : Path.of(System.getProperty("user.home"));
    }

    /** Clones with {@code credentials}; when the remote wants some, asks for them and clones once more. */
    private void joinWith(JoinDialog.Request request, Credentials credentials) {
        Messages m = state.messages();
        ProgressDialog progress = new ProgressDialog(state.window(), m.get("team.join.title"),
                m.format("team.join.progress", request.url()), m.get("issues.cancel"));
        BackgroundTask.start(state.tasks(), progress, p -> {
            TeamRepository.join(request.url(), request.folder(), credentials, p).close();
            return request.folder();
        }, new BackgroundTask.Outcome<Path>() {
            @Override
            public void done(Path folder) {
                forgetUnlessKept(credentials);
                state.say(state.messages().format("team.join.done", request.url()));
                state.openWorkspace(folder);
            }

            @Override
            public void failed(Throwable cause) {
                forgetUnlessKept(credentials);
                if (cause instanceof TeamException team && team.reason() == TeamException.Reason.CREDENTIALS) {
                    askCredentials().ifPresent(asked -> joinWith(request, asked));
                    return;
                }
                Messages m = state.messages();
                state.say(m.get("team.join.failed"));
                JOptionPane.showMessageDialog(state.window(), String.valueOf(cause.getMessage()),
                        m.get("team.join.failed"), JOptionPane.ERROR_MESSAGE);
            }

            @Override
            public void cancelled() {
                forgetUnlessKept(credentials);
                state.say(state.messages().get("team.join.cancelled"));
            }
        });
    }

    private void forgetUnlessKept(Credentials credentials) {
        if (credentials != null && credentials != kept) {
            credentials.forget();
        }
    }

    /** Synchronise: asks the author first when git names none. */
    void synchronise(boolean quiet) {
        WorkspaceSession session = state.session();
        if (session == null) {
            return;
        }
        withAuthor(session, author -> run(session, credentials -> session.team().synchronise(author, credentials), quiet));
    }

    private void withAuthor(WorkspaceSession session, java.util.function.Consumer<Author> then) {
        session.team().configuredAuthor().thenAccept(found -> SwingUtilities.invokeLater(() -> {
            if (found.isPresent()) {
                then.accept(found.get());
                return;
            }
            Optional<Author> asked = askAuthor();
            asked.ifPresent(then);
        }));
    }

    /** The first-run dialog: who commits, remembered in the workspace's git configuration. */
    private Optional<Author> askAuthor() {
        Messages m = state.messages();
        JTextField name = new JTextField(24);
        name.setName("team.author.name");
        JTextField email = new JTextField(24);
        email.setName("team.author.email");
        JPanel panel = new JPanel(new GridLayout(0, 1, 4, 4));
        panel.add(new JLabel(m.get("team.author.explain")));
        panel.add(new JLabel(m.get("team.author.name")));
        panel.add(name);
        panel.add(new JLabel(m.get("team.author.email")));
        panel.add(email);
        int answer = JOptionPane.showConfirmDialog(state.window(), panel, m.get("team.author.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION || name.getText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Author(name.getText().strip(), email.getText().strip()));
    }

    /** Runs a team step; when the remote wants credentials, asks for them and runs it once more. */
    private void run(WorkspaceSession session, Function<Credentials, CompletableFuture<SyncResult>> step, boolean quiet) {
        state.say(state.messages().get("team.working"));
        step.apply(kept).whenComplete((result, failure) -> SwingUtilities.invokeLater(() -> {
            Throwable cause = unwrap(failure);
            if (cause instanceof TeamException team && team.reason() == TeamException.Reason.CREDENTIALS && !quiet) {
                askCredentials().ifPresent(credentials -> step.apply(credentials).whenComplete((again, failed) ->
                        SwingUtilities.invokeLater(() -> {
                            if (credentials != kept) {
                                credentials.forget();
                            }
                            report(failed == null ? again : unwrap(failed));
                        })));
                return;
            }
            report(failure == null ? result : cause);
        }));
    }

    /** Asks for an https user name and password or token; kept until the window closes only when the box is ticked. */
    private Optional<Credentials> askCredentials() {
        Messages m = state.messages();
        JTextField user = new JTextField(24);
        JPasswordField password = new JPasswordField(24);
        JCheckBox keep = new JCheckBox(m.get("team.credentials.keep"));
        JPanel panel = new JPanel(new GridLayout(0, 1, 4, 4));
        panel.add(new JLabel(m.get("team.credentials.user")));
        panel.add(user);
        panel.add(new JLabel(m.get("team.credentials.password")));
        panel.add(password);
        panel.add(keep);
        int answer = JOptionPane.showConfirmDialog(state.window(), panel, m.get("team.credentials.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        char[] typed = password.getPassword();
        try {
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            Credentials credentials = new Credentials(user.getText().strip(), typed);
            if (kept != null) {
                kept.forget();
            }
            kept = keep.isSelected() ? credentials : null;
            return Optional.of(credentials);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    /** Says what a synchronisation did, or why it failed (in a dialog, since the work is safe but not sent). */
    private void report(Object outcome) {
        Messages m = state.messages();
        if (outcome instanceof SyncResult result) {
            String said = result.conflictsLeft() > 0 ? m.format("team.done.conflicts", result.conflictsLeft())
                    : result.takenIn().isEmpty() && result.committed().isEmpty() ? m.get("team.done.nothing")
                    : m.format("team.done", String.join("; ", result.committed()), result.takenIn().size());
            state.say(said);
            if (!result.newConflicts().isEmpty()) {
                ConflictDialog.show(state, watched);
            }
        } else if (outcome instanceof Throwable failure) {
            state.say(m.get("team.failed"));
            JOptionPane.showMessageDialog(state.window(), String.valueOf(failure.getMessage()), m.get("team.failed"),
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof java.io.UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
