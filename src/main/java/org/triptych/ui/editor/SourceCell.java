package org.triptych.ui.editor;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.awt.Color;
import java.awt.Font;

/**
 * An English cell: the paragraph id small and muted at the top left, the English text, and the paragraph's note (if
 * any) in small italics under it. Serves both the renderer (around a {@link CellText}) and the read-only viewer
 * (around its text area), so a cell looks the same open or not. Lays its parts out by hand, with the same
 * arithmetic {@link #heightFor} measures with. EDT only.
 */
final class SourceCell extends JPanel {

    /** Names of the parts, for tests and accessibility tools. */
    static final String ID_NAME = "paragraphId";
    static final String NOTE_NAME = "paragraphNote";

    private final JLabel id = new JLabel();
    private final JTextArea text;
    private final WordWrapArea note = new WordWrapArea();

    SourceCell(JTextArea text) {
        super(null);
        this.text = text;
        id.setName(ID_NAME);
        note.setName(NOTE_NAME);
        note.setEditable(false);
        note.setFocusable(false);
        note.setOpaque(false);
        setOpaque(true);
        add(id);
        add(text);
        add(note);
    }

    JTextArea text() {
        return text;
    }

    /** Shows one paragraph's id and note around the text (which the caller has set), in {@code font}'s size. */
    void show(String paragraphId, String noteText, Font font, Color background) {
        Font small = small(font);
        Color muted = muted();
        id.setFont(small);
        id.setForeground(muted);
        id.setText(paragraphId);
        note.setFont(small.deriveFont(Font.ITALIC));
        note.setForeground(muted);
        note.setText(noteText);
        note.setBorder(noteBorder());
        note.setVisible(!noteText.isEmpty());
        setBackground(background);
    }

    /**
     * Lays the parts out as soon as the renderer pane sizes the cell: its validate() does nothing for a component
     * without a native window, which is how the off-screen picture ({@code --screenshot}) paints the table.
     */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        doLayout();
    }

    @Override
    public void doLayout() {
        int width = getWidth();
        int pad = CellText.pad();
        int strip = idStrip(id.getFont());
        int noteHeight = noteHeight(width);
        id.setBounds(pad, pad / 2, Math.max(0, width - 2 * pad), strip - pad / 2);
        text.setBounds(0, strip, width, Math.max(0, getHeight() - strip - noteHeight));
        note.setBounds(0, getHeight() - noteHeight, width, noteHeight);
    }

    private int noteHeight(int width) {
        if (!note.isVisible() || note.getText().isEmpty()) {
            return 0;
        }
        note.setSize(Math.max(1, width), Short.MAX_VALUE);
        return note.getPreferredSize().height;
    }

    /**
     * The height this cell needs at {@code width}, given the height its text needs; call after {@link #show}.
     */
    int heightAround(int textHeight, int width) {
        return idStrip(id.getFont()) + textHeight + noteHeight(width);
    }

    /** The height of the id line above the text. */
    int idStrip(Font small) {
        return getFontMetrics(small).getHeight() + CellText.pad() / 2;
    }

    static Font small(Font font) {
        return font.deriveFont(Math.max(9f, font.getSize2D() * 0.78f));
    }

    /** The note keeps the text's side padding and adds a little below. */
    static javax.swing.border.Border noteBorder() {
        int pad = CellText.pad();
        return BorderFactory.createEmptyBorder(0, pad, pad, pad);
    }

    static Color muted() {
        return CellText.uiColor("Label.disabledForeground", Color.GRAY);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (note != null) {
            note.updateUI();
            id.updateUI();
        }
    }
}
