package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.check.Terminology;

import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** What the application entry point calls: open the window on a workspace or document, or render a screenshot. */
public final class Workbench {

    private Workbench() {
    }

    /**
     * Opens the window on {@code path} (a workspace folder or a document) and returns at once; the window
     * lives on the EDT. {@code engine} builds the terminology engine for a glossary (called off the EDT).
     * Reading the workspace starts before the window is built, so the two overlap.
     *
     * @return completed on the EDT once the window is showing (the workspace may still be loading)
     */
    public static CompletableFuture<MainWindow> openWindow(Path path, UiSettings settings,
                                                           Function<List<Concept>, Terminology> engine) {
        prepareToolkit();
        Opened.Loading loading = Opened.start(path, engine);
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            Fonts fonts = Fonts.detect();
            WorkbenchController.installLookAndFeel(settings.dark(), fonts);
            MainWindow window = new MainWindow(settings, fonts, engine);
            window.show();
            window.controller().open(path, loading);
            shown.complete(window);
        });
        return shown;
    }

    /** Renders the window on {@code workspace} to {@code png} at {@code size}; blocks until written. */
    public static void screenshot(Path workspace, Path png, Dimension size, UiSettings settings,
                                  Function<List<Concept>, Terminology> engine) throws IOException {
        prepareToolkit();
        Screenshot.render(workspace, png, size, settings, engine);
    }

    /** System properties must be set before AWT starts: text antialiasing on Linux desktops without settings. */
    private static void prepareToolkit() {
        if (System.getProperty("awt.useSystemAAFontSettings") == null) {
            System.setProperty("awt.useSystemAAFontSettings", "on");
        }
        System.setProperty("sun.java2d.uiScale.enabled", "true");
    }
}
