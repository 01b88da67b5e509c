package org.triptych.ui.findings;

import org.triptych.check.Finding;
import org.triptych.i18n.CoreMessages;
import org.triptych.model.Paragraph;
import org.triptych.session.LiveCheck;
import org.triptych.ui.Edt;
import org.triptych.ui.i18n.Messages;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows the open workspace's live check ({@link LiveCheck}, owned by the core session, which feeds it the edits
 * and the glossaries) in the Issues panel: its findings, progress and messages in the interface language.
 * Public methods: EDT only.
 */
public final class IssuesController {

    private final IssuesPanel panel;
    private final Supplier<Messages> messages;
    private final Runnable onResults;
    private final Consumer<String> say;
    private LiveCheck check;
    private CoreMessages coreMessages;
    /** The findings revision the panel lists; -1 to list them again. */
    private long listed = -1;

    /**
     * @param onResults called on the EDT after the findings changed (to repaint the table and the terms panel)
     * @param say       shows a one-line message in the status bar (a problem with the workspace settings)
     */
    public IssuesController(IssuesPanel panel, Supplier<Messages> messages, Runnable onResults, Consumer<String> say) {
        this.panel = panel;
        this.messages = messages;
        this.onResults = onResults;
        this.say = say;
        this.coreMessages = CoreMessages.of(messages.get().locale());
        panel.cancelButton().addActionListener(e -> {
            if (check != null) {
                check.cancel();
            }
        });
    }

    /**
     * What a session's live check should report to; {@code isShown} tells whether that check is the one shown
     * (reports of a workspace no longer open are dropped).
     */
    public LiveCheck.Listener listener(java.util.function.BooleanSupplier isShown) {
        return new LiveCheck.Listener() {
            @Override
            public void changed() {
                if (isShown.getAsBoolean()) {
                    refresh();
                }
            }

            @Override
            public void settingsProblem(String message) {
                if (isShown.getAsBoolean()) {
                    say.accept(message);
                }
            }
        };
    }

    /** Shows the findings of {@code liveCheck} (a workspace opened). */
    public void show(LiveCheck liveCheck) {
        Edt.mustBeEdt();
        check = liveCheck;
        listed = -1;
        refresh();
    }

    /** Findings of one target cell (empty when none or not yet checked). Any thread. */
    public List<Finding> issues(Paragraph paragraph, String lang) {
        LiveCheck shown = check;
        return shown == null ? List.of() : shown.findings(paragraph.id(), lang);
    }

    /** All findings in document order. */
    public List<Finding> all() {
        LiveCheck shown = check;
        return shown == null ? List.of() : shown.all();
    }

    /** A finding's message in the interface language. */
    public String message(Finding finding) {
        return coreMessages.format(finding.messageKey(), finding.arguments());
    }

    /** Headings, cells and title in the interface language (after a language change too). */
    public void relabel() {
        Edt.mustBeEdt();
        Messages m = messages.get();
        coreMessages = CoreMessages.of(m.locale());
        CoreMessages core = coreMessages;
        panel.setColumns(List.of(m.get("issues.severity"), m.get("issues.paragraph"), m.get("issues.language"),
                        m.get("issues.term"), m.get("issues.message")),
                f -> List.of(core.format("severity." + f.severity().id()), place(f),
                        Messages.nativeName(java.util.Locale.forLanguageTag(f.lang())), f.term(), message(f)));
        panel.cancelButton().setText(m.get("issues.cancel"));
        listed = -1;
        refresh();
    }

    /** Where a finding is: its paragraph, or for one of a glossary row, the glossary's file name and line. */
    private static String place(Finding f) {
        return f.paragraph() != null ? f.paragraph() : f.document().getFileName() + ":" + f.line();
    }

    /** Re-lists the findings, says how far the check is, and tells the window. */
    private void refresh() {
        if (check == null) {
            return;
        }
        Messages m = messages.get();
        LiveCheck.State state = check.state();
        long revision = check.findingsRevision();
        if (revision != listed) {
            listed = revision;
            panel.setIssues(check.all());
            onResults.run();
        }
        List<String> notice = new java.util.ArrayList<>();
        check.unavailableRules().forEach((rule, why) -> notice.add(rule.id() + ": "
                + coreMessages.format(why.messageKey(), why.arguments())));
        panel.setNotice(notice);
        int count = panel.issueCount();
        panel.setRunning(state.phase() == LiveCheck.Phase.CHECKING);
        panel.setProgress(state.total() == 0 ? 0 : (int) (state.done() * 100L / state.total()));
        panel.setTitle(switch (state.phase()) {
            case WAITING -> state.total() == 0 ? "" : m.format("issues.checking", state.done(), state.total());
            case CHECKING -> m.format("issues.checking", state.done(), state.total());
            case CANCELLED -> m.format("issues.cancelled", state.done(), state.total(), count);
            case COMPLETE -> m.format("issues.title", count);
        });
    }

    /** Selects a finding's row in the panel and scrolls it into view (the translator stepped to it). */
    public void show(Finding finding) {
        Edt.mustBeEdt();
        panel.select(finding);
    }

    /** Calls {@code jump} with the finding the user clicks in the panel. */
    public void onSelect(Consumer<Finding> jump) {
        panel.table().addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int row = panel.table().rowAtPoint(e.getPoint());
                if (row >= 0) {
                    jump.accept(panel.issues().get(panel.table().convertRowIndexToModel(row)));
                }
            }
        });
    }
}
