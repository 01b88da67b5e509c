package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.check.Terminology;

import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.WindowConstants;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.function.Function;

/** The workbench window: a frame around {@link WorkbenchView}; closing saves first and never loses an edit. EDT only. */
public final class MainWindow {

    private final JFrame frame = new JFrame();
    private final WorkbenchController controller;

    public MainWindow(UiSettings settings, Fonts fonts, Function<List<Concept>, Terminology> engine) {
        Edt.mustBeEdt();
        frame.setName("mainWindow");
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        controller = new WorkbenchController(new WorkbenchController.Host() {
            @Override
            public Window window() {
                return frame;
            }

            @Override
            public void setTitle(String title) {
                frame.setTitle(title);
            }

            @Override
            public void setMenuBar(JMenuBar bar) {
                frame.setJMenuBar(bar);
                frame.getRootPane().revalidate();
            }

            @Override
            public void dispose() {
                frame.dispose();
            }
        }, settings, fonts, engine);
        frame.setContentPane(controller.view());
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                controller.close();
            }
        });
        frame.setSize(new Dimension(1400, 860));
        frame.setMinimumSize(new Dimension(640, 400));
        frame.setLocationByPlatform(true);
    }

    public JFrame frame() {
        return frame;
    }

    public WorkbenchController controller() {
        return controller;
    }

    /** Shows the window and places the panel dividers for its size. */
    public void show() {
        frame.setVisible(true);
        controller.view().placeDividers(frame.getContentPane().getWidth(), frame.getContentPane().getHeight());
    }
}
