package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.check.Terminology;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** What the application entry point calls besides the window: render a screenshot; and the toolkit and look-and-feel set-up both need. */
public final class Workbench {

    private Workbench() {
    }

    /** Renders the window on {@code workspace} to {@code png} at {@code size}; blocks until written. */
    public static void screenshot(Path workspace, Path png, Dimension size, UiSettings settings,
                                  Function<List<Concept>, Terminology> engine) throws IOException {
        prepareToolkit();
        Screenshot.render(workspace, png, size, settings, engine);
    }

    /** System properties must be set before AWT starts: text antialiasing on Linux desktops without settings. */
    public static void prepareToolkit() {
        if (System.getProperty("awt.useSystemAAFontSettings") == null) {
            System.setProperty("awt.useSystemAAFontSettings", "on");
        }
        System.setProperty("sun.java2d.uiScale.enabled", "true");
    }

    /** Sets FlatLaf (light or dark) with a default font that renders Hangul and Cyrillic. Before any window; EDT. */
    public static void installLookAndFeel(boolean dark, Fonts fonts) {
        UIManager.put("defaultFont", new FontUIResource(fonts.text(13)));
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        ShortcutMenuItemUI.install();
    }
}
