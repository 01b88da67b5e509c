package org.triptych.ui.editor;

import org.triptych.text.TextSearch;

import org.triptych.model.Paragraph;
import org.triptych.ui.i18n.Messages;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.KeyStroke;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace across the document: plain or regular expressions, in all languages or one. The
 * English is searched but never replaced (it is read-only). Non-modal, one per window. EDT only.
 */
public final class FindReplaceDialog {

    /** Selects a found span in the window. */
    public interface Selector {
        void select(int row, String lang, int start, int end);
    }

    private static final String ALL = "";

    private final JDialog dialog;
    private final ParagraphTableModel model;
    private final Messages messages;
    private final Selector selector;
    private final Runnable seal;
    private final Supplier<Rectangle> matchOnScreen;
    private final JTextField find = new JTextField(28);
    private final JTextField replace = new JTextField(28);
    private final JCheckBox regex = new JCheckBox();
    private final JCheckBox matchCase = new JCheckBox();
    private final JComboBox<String> scope = new JComboBox<>();
    private final JLabel result = new JLabel(" ");
    private final List<String> scopeLangs = new ArrayList<>();
    private TextSearch.Match last;

    /**
     * @param matchOnScreen where the match just selected is on the screen (null when not known): the dialog moves
     *                      beside it rather than hide it
     */
    public FindReplaceDialog(Window owner, ParagraphTableModel model, Messages messages, Selector selector, Runnable seal,
                             Supplier<Rectangle> matchOnScreen) {
        this.model = model;
        this.matchOnScreen = matchOnScreen;
        this.messages = messages;
        this.selector = selector;
        this.seal = seal;
        dialog = new JDialog(owner, messages.get("find.title"));
        dialog.setName("findDialog");
        find.setName("findField");
        replace.setName("replaceField");
        regex.setName("findRegex");
        matchCase.setName("findMatchCase");
        scope.setName("findScope");
        result.setName("findResult");
        regex.setText(messages.get("find.regex"));
        matchCase.setText(messages.get("find.matchCase"));

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        addRow(form, c, 0, messages.get("find.find"), find);
        addRow(form, c, 1, messages.get("find.replace"), replace);
        addRow(form, c, 2, messages.get("find.scope"), scope);
        JPanel options = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        options.add(regex);
        options.add(matchCase);
        c.gridx = 1;
        c.gridy = 3;
        form.add(options, c);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton next = button("findNext", messages.get("find.next"));
        JButton one = button("replaceOne", messages.get("find.replaceOne"));
        JButton all = button("replaceAll", messages.get("find.replaceAll"));
        next.addActionListener(e -> findNext());
        one.addActionListener(e -> replaceOne());
        all.addActionListener(e -> replaceAll());
        buttons.add(next);
        buttons.add(one);
        buttons.add(all);
        c.gridx = 0;
        c.gridy = 4;
        c.gridwidth = 2;
        form.add(buttons, c);
        c.gridy = 5;
        form.add(result, c);
        dialog.setContentPane(form);
        dialog.getRootPane().setDefaultButton(next);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.setVisible(false),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private static void addRow(JPanel form, GridBagConstraints c, int row, String label, JComponent field) {
        c.gridx = 0;
        c.gridy = row;
        c.weightx = 0;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        form.add(field, c);
    }

    private static JButton button(String name, String text) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }

    /** Shows the dialog, scoped to {@code lang} when given, the query prefilled with a selection. */
    public void showFor(String lang, String selection) {
        scope.removeAllItems();
        scopeLangs.clear();
        scope.addItem(messages.get("find.all"));
        scopeLangs.add(ALL);
        List<String> langs = new ArrayList<>();
        langs.add("en");
        langs.addAll(model.targets());
        for (String l : langs) {
            scope.addItem(Messages.nativeName(Locale.forLanguageTag(l)));
            scopeLangs.add(l);
        }
        if (lang != null && scopeLangs.contains(lang)) {
            scope.setSelectedIndex(scopeLangs.indexOf(lang));
        }
        if (selection != null && !selection.isBlank() && !selection.contains("\n")) {
            find.setText(selection);
        }
        dialog.setVisible(true);
        find.requestFocusInWindow();
        find.selectAll();
    }

    public void dispose() {
        dialog.dispose();
    }

    private List<String> langs(boolean forReplace) {
        String chosen = scopeLangs.isEmpty() ? ALL : scopeLangs.get(Math.max(0, scope.getSelectedIndex()));
        List<String> list = new ArrayList<>();
        if (chosen.equals(ALL)) {
            if (!forReplace) {
                list.add("en");
            }
            list.addAll(model.targets());
        } else if (!(forReplace && chosen.equals("en"))) {
            list.add(chosen);
        }
        return list;
    }

    private Optional<TextSearch> search() {
        if (find.getText().isEmpty()) {
            return Optional.empty();
        }
        try {
            result.setText(" ");
            return Optional.of(TextSearch.of(find.getText(), regex.isSelected(), matchCase.isSelected()));
        } catch (PatternSyntaxException e) {
            result.setText(messages.format("find.badRegex", e.getDescription()));
            return Optional.empty();
        }
    }

    private List<Paragraph> paragraphs() {
        return model.snapshot().paragraphs();
    }

    void findNext() {
        search().ifPresent(s -> findFrom(s, langs(false)));
    }

    private void findFrom(TextSearch s, List<String> langs) {
        int row = last == null ? 0 : last.row();
        String lang = last == null || !langs.contains(last.lang()) ? (langs.isEmpty() ? "en" : langs.get(0)) : last.lang();
        int offset = last == null ? 0 : last.end();
        Optional<TextSearch.Match> match = s.next(paragraphs(), langs, row, lang, offset);
        if (match.isEmpty()) {
            last = null;
            result.setText(messages.get("find.notFound"));
            return;
        }
        last = match.get();
        selector.select(last.row(), last.lang(), last.start(), last.end());
        result.setText(" ");
        SwingUtilities.invokeLater(this::keepClearOfMatch); // once the table has scrolled and laid the cell out
    }

    /** Moves the dialog beside the match when it covers it. */
    private void keepClearOfMatch() {
        Rectangle match = matchOnScreen.get();
        Window owner = dialog.getOwner();
        if (match != null && owner != null && dialog.isShowing()) {
            dialog.setLocation(DialogPlacement.clearOf(dialog.getBounds(), match, NoteDialog.usableScreen(owner)));
        }
    }

    void replaceOne() {
        search().ifPresent(s -> {
            List<String> langs = langs(true);
            if (last != null && langs.contains(last.lang())) {
                String text = TextSearch.textOf(model.paragraph(last.row()), last.lang());
                if (s.matchesAt(text, last.start(), last.end())) {
                    String replaced = s.replaceAt(text, last.start(), replace.getText());
                    seal.run();
                    model.setText(last.row(), last.lang(), replaced);
                    seal.run();
                    int end = last.start() + replaced.length() - (text.length() - (last.end() - last.start())) ;
                    last = new TextSearch.Match(last.row(), last.lang(), last.start(), Math.max(last.start(), end));
                }
            }
            findFrom(s, langs);
        });
    }

    void replaceAll() {
        search().ifPresent(s -> {
            int count = 0;
            seal.run();
            for (int row = 0; row < model.getRowCount(); row++) {
                for (String lang : langs(true)) {
                    String text = model.paragraph(row).target(lang).text();
                    int n = s.count(text);
                    if (n > 0) {
                        model.setText(row, lang, s.replaceAll(text, replace.getText()));
                        seal.run();
                        count += n;
                    }
                }
            }
            last = null;
            result.setText(messages.format("find.replaced", count));
        });
    }
}
