package org.triptych.ui;

import org.triptych.model.Glossary;
import org.triptych.ui.glossary.GlossaryEditorPanel;
import org.triptych.ui.i18n.Messages;

import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The glossary editor's window: a {@link GlossaryEditorPanel} for one of the workspace's glossaries (a
 * choice at the top when there are several), beside the main window. Every change goes to the
 * workbench at once; glossaries reloaded from disk are shown as they arrive; its texts follow the
 * interface language ({@link #relabel}). EDT only.
 */
final class GlossaryEditorWindow {

    private static final Dimension PREFERRED_SIZE = new Dimension(980, 560);
    /** Narrower than this, a free side of the screen is too small for the table to be of use. */
    private static final Dimension MINIMUM_SIZE = new Dimension(480, 300);

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;
    private final Consumer<Glossary> onChange;
    private JDialog dialog;
    private GlossaryEditorPanel panel;
    private JComboBox<String> files;
    private List<Glossary> glossaries = List.of();

    GlossaryEditorWindow(Supplier<Window> owner, Supplier<Messages> messages, Consumer<Glossary> onChange) {
        this.owner = owner;
        this.messages = messages;
        this.onChange = onChange;
    }

    /**
     * Shows {@code list} in the editor: opens the window when {@code open} is true, otherwise only refreshes
     * it if it is already open (a reload from disk, a concept added from a selection).
     */
    void show(List<Glossary> list, boolean open) {
        Edt.mustBeEdt();
        glossaries = List.copyOf(list);
        if (glossaries.isEmpty()) {
            // the last glossary file went away on disk: nothing left to edit
            if (dialog != null) {
                dialog.setVisible(false);
            }
            return;
        }
        if (dialog == null) {
            if (!open || owner.get() == null) {
                return;
            }
            build();
        }
        Glossary shown = panel.glossary();
        Glossary fresh = glossaries.stream().filter(g -> g.path().equals(shown.path())).findFirst().orElse(glossaries.get(0));
        panel.setGlossary(fresh);
        refreshChoices(fresh);
        if (open) {
            dialog.setVisible(true);
            dialog.toFront();
        }
    }

    /**
     * Ends a cell edit in progress (it goes to the workbench at once), before glossaries changed elsewhere are
     * shown: the edit is then made on the version it was typed in.
     */
    void commitEdit() {
        Edt.mustBeEdt();
        if (panel != null) {
            panel.commitEdit();
        }
    }

    private void build() {
        Glossary first = glossaries.get(0);
        panel = new GlossaryEditorPanel(first, messages.get(), onChange);
        files = new JComboBox<>();
        files.setName("glossaryFile");
        files.addActionListener(e -> {
            int i = files.getSelectedIndex();
            if (i >= 0 && i < glossaries.size() && !glossaries.get(i).path().equals(panel.glossary().path())) {
                panel.setGlossary(glossaries.get(i));
            }
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(files);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(panel, BorderLayout.CENTER);
        dialog = new JDialog(owner.get(), messages.get().get("glossary.title"));
        dialog.setName("glossaryEditorWindow");
        dialog.setContentPane(content);
        dialog.setMinimumSize(MINIMUM_SIZE);
        dialog.setBounds(besideOwner(owner.get()));
    }

    /** Bounds beside the main window, so the editor does not cover the text the glossary is about. */
    private static Rectangle besideOwner(Window owner) {
        GraphicsConfiguration screen = owner.getGraphicsConfiguration();
        Rectangle usable = screen.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(screen);
        usable = new Rectangle(usable.x + insets.left, usable.y + insets.top,
                usable.width - insets.left - insets.right, usable.height - insets.top - insets.bottom);
        return BesideOwner.place(owner.getBounds(), usable, PREFERRED_SIZE, MINIMUM_SIZE);
    }

    /** Shows the window's texts in the current interface language (after View > Interface language). */
    void relabel() {
        Edt.mustBeEdt();
        if (dialog != null) {
            dialog.setTitle(messages.get().get("glossary.title"));
            panel.setMessages(messages.get());
        }
    }

    private void refreshChoices(Glossary shown) {
        List<String> names = new ArrayList<>();
        for (Glossary g : glossaries) {
            names.add(g.path().getFileName().toString());
        }
        files.removeAllItems();
        names.forEach(files::addItem);
        files.setSelectedItem(shown.path().getFileName().toString());
        files.setVisible(names.size() > 1);
    }

    void dispose() {
        if (dialog != null) {
            dialog.dispose();
        }
    }
}
