package org.triptych.ui;

import org.triptych.importer.ReviewImport;
import org.triptych.model.Document;
import org.triptych.session.PendingReview;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.editor.EditorController;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;
import org.triptych.ui.review.ReviewDialog;
import org.triptych.task.TaskRunner;

import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A review file that comes back: File > Import review… reads a review DOCX or XLIFF file in the background against
 * the open document and hands its changes to the session's {@link PendingReview}, then opens Edit > Review changes
 * (Ctrl+Shift+R), where the translator accepts or rejects each. The status bar counts them (see
 * {@code StatusController}). EDT only.
 */
final class ReviewFeature implements Feature {

    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final EditorController editor;
    private final BiConsumer<String, Throwable> showError;
    private PendingReview listened;
    private JDialog open;

    ReviewFeature(WorkbenchState state, TaskRunner tasks, Supplier<Window> owner, EditorController editor,
                  BiConsumer<String, Throwable> showError) {
        this.state = state;
        this.tasks = tasks;
        this.owner = owner;
        this.editor = editor;
        this.showError = showError;
    }

    @Override
    public void install(FeatureRegistry registry) {
        registry.add(Command.of("action.importReview", null, new Place(FileFeature.MENU, 315), this::importReview)
                .enabledWhen(state::hasDocument));
        registry.add(Command.of("action.reviewChanges",
                KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK),
                new Place(EditorFeature.EDIT, 520), this::showChanges)
                .enabledWhen(() -> state.hasDocument() && !state.session().review().items().isEmpty()));
        // The status bar and the menus follow the decisions: each one fires the workbench state.
        state.addListener(s -> {
            PendingReview review = s.hasDocument() ? s.session().review() : null;
            if (review != null && review != listened) {
                listened = review;
                review.addListener(r -> state.fire());
            }
        });
    }

    private Messages messages() {
        return state.messages();
    }

    /** Asks for a review file and reads it off the EDT; its changes wait in the session for the translator. */
    void importReview() {
        Edt.mustBeEdt();
        WorkspaceSession session = state.session();
        if (session == null || session.editor() == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser(session.root().toFile());
        chooser.setName("importReviewChooser");
        chooser.setDialogTitle(messages().get("importReview.chooser"));
        FileNameExtensionFilter filter = new FileNameExtensionFilter(messages().get("importReview.files"), "docx", "xlf", "xliff");
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        if (chooser.showOpenDialog(owner.get()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        load(session, chooser.getSelectedFile().toPath().toAbsolutePath());
    }

    /** Reads {@code file} against the document as shown now and offers its changes (File > Import review…). */
    void load(WorkspaceSession session, Path file) {
        Document shown = session.editor().snapshot();
        ProgressDialog progress = new ProgressDialog(owner.get(), messages().get("app.title"),
                messages().format("importReview.progress", file.getFileName()), null);
        BackgroundTask.start(tasks, progress, p -> ReviewImport.read(file, shown), new BackgroundTask.Outcome<>() {
            @Override
            public void done(ReviewImport.Review review) {
                if (state.session() != session) {
                    return; // another workspace was opened meanwhile
                }
                session.review().offer(review);
                state.say(messages().format("importReview.done", file.getFileName(), review.changes().size()));
                if (!review.changes().isEmpty()) {
                    showChanges();
                }
            }

            @Override
            public void failed(Throwable cause) {
                showError.accept(messages().format("import.error", file), cause);
            }

            @Override
            public void cancelled() {
                state.say(messages().get("import.cancelled"));
            }
        });
    }

    /** Edit > Review changes: the dialog, or the one already open brought to the front. */
    void showChanges() {
        Edt.mustBeEdt();
        if (!state.hasDocument()) {
            return;
        }
        if (open != null && open.isDisplayable()) {
            open.dispose(); // reopened on the newest review and in the current interface language
        }
        open = ReviewDialog.show(owner.get(), state.session().review(), messages(), WorkbenchController::nativeName, id -> {
            int row = state.session().editor().rowOf(id);
            if (row >= 0) {
                editor.goTo(row);
            }
        });
    }
}
