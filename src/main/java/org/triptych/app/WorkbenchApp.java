package org.triptych.app;

import org.triptych.check.Terminology;
import org.triptych.io.WorkspaceLock;
import org.triptych.model.Concept;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.ui.Fonts;
import org.triptych.ui.MainWindow;
import org.triptych.ui.UiSettings;
import org.triptych.ui.Workbench;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The composition root of the window: names the process in the workspace lock, makes the one {@link TaskRunner},
 * starts reading the workspace through {@link WorkspaceSession} (so reading overlaps building the window), builds
 * the window with its own features and any other {@link Feature} found on the class path (Java's
 * {@link java.util.ServiceLoader}), and opens the workspace in it. Nothing else builds the application.
 */
public final class WorkbenchApp {

    private WorkbenchApp() {
    }

    /**
     * Opens the window on {@code path} (a workspace folder or a document) and returns at once; the window lives
     * on the EDT. {@code engine} builds the terminology engine for a glossary (off the EDT).
     *
     * @return completed on the EDT once the window is showing (the workspace may still be loading)
     */
    public static CompletableFuture<MainWindow> openWindow(Path path, UiSettings settings,
                                                           Function<List<Concept>, Terminology> engine) {
        Workbench.prepareToolkit();
        TaskRunner tasks = new TaskRunner();
        // Finding a font that renders Hangul and Cyrillic lists the system's fonts (a few hundred milliseconds):
        // it runs beside the workspace's reading and the features' loading, not before the window on the EDT.
        ScheduledExecutorService fontLane = tasks.lane("triptych-fonts", true);
        CompletableFuture<Fonts> fonts = CompletableFuture.supplyAsync(Fonts::detect, fontLane);
        fontLane.shutdown(); // runs the search, then ends
        WorkspaceLock.describeProcess("the Triptych window");
        Object name = path.getFileName() == null ? path : path.getFileName();
        ScheduledExecutorService reading = tasks.lane("triptych-open " + name, true);
        WorkspaceSession.Loading loading = WorkspaceSession.start(path, engine, reading);
        reading.shutdown(); // runs what it was given, the document first, then ends
        List<Feature> more = FeatureRegistry.discovered();
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            Fonts found = fonts.join();
            Workbench.installLookAndFeel(settings.dark(), found);
            MainWindow window = new MainWindow(settings, found, engine, tasks);
            window.controller().features().installAll(more);
            window.show();
            window.controller().open(path, loading);
            shown.complete(window);
        });
        return shown;
    }
}
