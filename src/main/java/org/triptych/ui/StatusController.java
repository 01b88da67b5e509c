package org.triptych.ui;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.session.PendingReview;
import org.triptych.session.SaveProblem;
import org.triptych.stats.Stats;
import org.triptych.task.TaskRunner;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;

/**
 * What the status bar says: the open document's figures (counted in the background when a document is opened or
 * replaced, kept current with every edit), whether it is saved, why the last save failed, and the one-line messages
 * said through the {@link WorkbenchState}. Listens to the state and the paragraph table. EDT only.
 */
final class StatusController {

    private final StatusBar bar;
    private final ParagraphTableModel model;
    private final WorkbenchState state;
    private final TaskRunner tasks;
    private Stats figures;
    /** Why the last save failed while it is being retried; empty once a save succeeds. */
    private String saveProblem = "";
    private String transientStatus = "";

    StatusController(StatusBar bar, ParagraphTableModel model, WorkbenchState state, TaskRunner tasks) {
        this.bar = bar;
        this.model = model;
        this.state = state;
        this.tasks = tasks;
        bar.watch(tasks, state::messages);
        state.onMessage(this::say);
        // While no workspace is open the bar shows what opening or closing put there.
        state.addListener(s -> {
            if (s.hasWorkspace()) {
                update();
            }
        });
        model.addChangeListener(new ParagraphTableModel.ChangeListener() {
            @Override
            public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
                if (figures != null) {
                    figures = figures.replace(before, after);
                }
                update();
            }

            @Override
            public void documentReplaced() {
                // A document opened is counted by documentOpened; one replaced from disk (an updated source with
                // paragraphs added or removed) is recounted here.
                if (state.hasWorkspace()) {
                    figures = null;
                    count(model.snapshot());
                }
            }
        });
    }

    /** A document just opened: no save problem yet, its figures counted anew. */
    void documentOpened(Document document) {
        saveProblem = "";
        figures = null;
        count(document);
        update();
    }

    /** Shows {@code text} where the saved state goes, until the next update (opening a workspace). */
    void showInPlaceOfSaved(String text) {
        bar.setSaved(text);
    }

    void saved() {
        if (!saveProblem.isEmpty()) {
            saveProblem = "";
            update();
        }
    }

    void saveFailed(SaveProblem problem) {
        Messages messages = state.messages();
        String reason = problem.reason() == SaveProblem.Reason.OTHER ? problem.detail()
                : messages.get("saveReason." + problem.reason().name());
        saveProblem = messages.format(problem.retryInMillis() >= 0 ? "status.cannotSave" : "error.save",
                problem.file().getFileName(), reason);
        update();
    }

    private void count(Document document) {
        tasks.submit("count " + document.name(), p -> Stats.of(document)).result().whenComplete((counted, failure) ->
                SwingUtilities.invokeLater(() -> {
                    // Installed only if the same document is still open, then caught up with edits made meanwhile.
                    if (failure != null) {
                        figures = null;
                        return;
                    }
                    if (model.document().path().equals(document.path())) {
                        Stats caughtUp = counted;
                        Document now = model.snapshot();
                        for (int i = 0; i < now.paragraphs().size() && i < document.paragraphs().size(); i++) {
                            if (!now.paragraphs().get(i).equals(document.paragraphs().get(i))) {
                                caughtUp = caughtUp.replace(document.paragraphs().get(i), now.paragraphs().get(i));
                            }
                        }
                        figures = caughtUp;
                        update();
                    }
                }));
    }

    /** Shows the figures and the saved state as they are now. */
    void update() {
        Messages messages = state.messages();
        List<String> parts = new ArrayList<>();
        if (figures != null) {
            parts.add(messages.format("status.source", figures.paragraphs(), figures.sourceWords()));
            for (String lang : model.targets()) {
                Stats.TargetStats f = figures.of(lang);
                parts.add(messages.format("status.target", WorkbenchController.nativeName(lang), f.translatedParagraphs(),
                        figures.paragraphs(), f.words(), f.draftParagraphs()));
            }
        }
        PendingReview review = state.session() == null ? null : state.session().review();
        if (review != null && !review.items().isEmpty()) {
            parts.add(messages.format("status.review", review.pending(), review.accepted(), review.rejected()));
        }
        bar.setProgress(String.join("   ·   ", parts));
        String saved = state.session() == null || state.session().sync() == null ? "" : messages.get(state.session().unsaved() ? "status.unsaved" : "status.saved");
        if (!saveProblem.isEmpty()) {
            saved = saveProblem + "   " + saved;
        }
        bar.setSaved(transientStatus.isEmpty() ? saved : transientStatus + "   " + saved);
    }

    private void say(String message) {
        transientStatus = message;
        update();
        javax.swing.Timer clear = new javax.swing.Timer(6000, e -> {
            if (transientStatus.equals(message)) {
                transientStatus = "";
                update();
            }
        });
        clear.setRepeats(false);
        clear.start();
    }
}
