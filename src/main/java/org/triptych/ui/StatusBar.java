package org.triptych.ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;

/** The status bar: progress per language on the left, saved state and messages on the right. Passive; EDT. */
public final class StatusBar extends JPanel {

    private final JLabel progress = new JLabel();
    private final JLabel saved = new JLabel();

    public StatusBar() {
        super(new BorderLayout(12, 0));
        setName("statusBar");
        progress.setName("statusProgress");
        saved.setName("statusSaved");
        Color line = UIManager.getColor("Separator.foreground");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, line == null ? Color.LIGHT_GRAY : line),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        add(progress, BorderLayout.CENTER);
        add(saved, BorderLayout.EAST);
    }

    public void setProgress(String text) {
        progress.setText(text);
    }

    public void setSaved(String text) {
        saved.setText(text);
    }
}
