package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.check.Terminology;

import javax.imageio.ImageIO;
import javax.swing.JMenuBar;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.time.Duration;
import java.util.function.Function;

/**
 * Renders the main window of a workspace to a PNG without showing it (works headless too): the same
 * controller and view as the real window, laid out off screen at the requested size and painted once.
 */
public final class Screenshot {

    private static final Duration CHECK_WAIT = Duration.ofSeconds(30);
    /** A paragraph without glossary terms shows none; this bounds the wait for them. */
    private static final Duration TERMS_WAIT = Duration.ofSeconds(5);

    private Screenshot() {
    }

    /** Opens {@code workspace}, renders the window at {@code size} into {@code png}. Call off the EDT. */
    public static void render(Path workspace, Path png, Dimension size, UiSettings settings,
                              Function<List<Concept>, Terminology> engine) throws IOException {
        Edt.mustNotBeEdt();
        TaskRunner tasks = new TaskRunner();
        WorkspaceSession.Loading loading = WorkspaceSession.start(workspace, engine, tasks.executor("open " + workspace.getFileName()));
        WorkspaceSession.Contents contents = WorkspaceSession.await(loading.contents());
        WorkspaceSession.Glossaries glossaries = WorkspaceSession.await(loading.glossaries());
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        AtomicReference<JRootPane> rootRef = new AtomicReference<>();
        AtomicReference<WorkbenchController> controllerRef = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Fonts fonts = Fonts.detect();
                Workbench.installLookAndFeel(settings.dark(), fonts);
                JRootPane root = new JRootPane();
                rootRef.set(root);
                WorkbenchController controller = new WorkbenchController(new WorkbenchController.Host() {
                    @Override
                    public Window window() {
                        return null;
                    }

                    @Override
                    public void setTitle(String t) {
                        // a picture has no title bar
                    }

                    @Override
                    public void setMenuBar(JMenuBar bar) {
                        root.setJMenuBar(bar);
                    }

                    @Override
                    public void dispose() {
                        // nothing was shown
                    }
                }, settings, fonts, engine, tasks);
                controllerRef.set(controller);
                root.setContentPane(controller.view());
                controller.features().installAll(FeatureRegistry.discovered()); // as the application has them
                controller.install(contents, glossaries);
                root.setSize(size);
                layout(root);
                controller.view().placeDividers(size.width, size.height);
                layout(root);
            });
            // The picture shows the finished check and the current paragraph's terms: wait for them (a loaded
            // machine takes longer), then let the queued measuring of visible rows and the counts finish.
            WorkbenchController controller = controllerRef.get();
            awaitOnEdt(() -> controller.state().session() == null || controller.state().session().check().state().complete(),
                    CHECK_WAIT);
            awaitOnEdt(() -> !controller.currentConcepts().isEmpty(), TERMS_WAIT);
            for (int i = 0; i < 3; i++) {
                SwingUtilities.invokeAndWait(() -> { });
                Thread.sleep(100);
            }
            SwingUtilities.invokeAndWait(() -> {
                JRootPane root = rootRef.get();
                layout(root);
                image.set(paint(root, size));
            });
            write(image.get(), png);
            // The session's threads stop and nothing stays behind (the picture changed nothing).
            CompletableFuture<CompletableFuture<Boolean>> closed = new CompletableFuture<>();
            SwingUtilities.invokeAndWait(() -> closed.complete(controllerRef.get().close()));
            closed.join().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (InvocationTargetException e) {
            throw new IOException("could not render the window: " + e.getCause(), e.getCause());
        }
    }

    /** Polls {@code condition} on the EDT until it holds or {@code limit} has passed. */
    private static void awaitOnEdt(BooleanSupplier condition, Duration limit)
            throws InterruptedException, InvocationTargetException {
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicBoolean holds = new AtomicBoolean();
        while (System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> holds.set(condition.getAsBoolean()));
            if (holds.get()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Lays out a component tree that has no native window (validate needs none for lightweight parts). */
    static void layout(Component c) {
        if (c instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layout(child);
            }
        }
    }

    static void write(BufferedImage image, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
    }

    static BufferedImage paint(Component c, Dimension size) {
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            c.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
