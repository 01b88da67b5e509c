package org.triptych.ui;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.triptych.check.Terminology;

import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the window tests share: a display check, the window as the application builds it, and waiting on the EDT. */
final class WindowTests {

    private WindowTests() {
    }

    /** Skips the calling test class, saying why, when there is no display. */
    static void requireDisplay(String testClass) {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println(testClass + " skipped: no display (run scripts/test-headless)");
        }
        assumeTrue(!GraphicsEnvironment.isHeadless(), "no display (run scripts/test-headless)");
    }

    /**
     * A main window with the light look, the detected fonts and in-memory settings with an English interface
     * (whatever the JVM's default locale); call off the EDT.
     */
    static MainWindow newMainWindow() {
        UiSettings settings = UiSettings.inMemory();
        settings.setLanguage(Locale.ENGLISH);
        return newMainWindow(settings);
    }

    /** A main window as {@link #newMainWindow()}, with the settings given (to see what a window remembers). */
    static MainWindow newMainWindow(UiSettings settings) {
        return GuiActionRunner.execute(() -> {
            Fonts fonts = Fonts.detect();
            Workbench.installLookAndFeel(false, fonts);
            return new MainWindow(settings, fonts, Terminology::of);
        });
    }

    /**
     * Opens {@code workspace} in {@code main} as the user's File > Open would, and waits until its {@code rows}
     * paragraphs are shown with a cell being edited and the glossary has arrived. Call off the EDT.
     */
    static void openAndWait(MainWindow main, java.nio.file.Path workspace, int rows) {
        GuiActionRunner.execute(() -> main.controller().open(workspace));
        waitFor("the document to open", () -> main.controller().model().getRowCount() == rows
                && main.controller().table().isEditing());
        waitFor("the glossary to arrive", () -> !main.controller().shownGlossaries().isEmpty());
    }

    /** Waits up to 10 s for {@code test}, evaluated on the EDT, to hold. */
    static void waitFor(String what, Callable<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(test);
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }, Timeout.timeout(10_000));
    }

    static <T> T onEdt(Callable<T> task) {
        return GuiActionRunner.execute(task);
    }
}
