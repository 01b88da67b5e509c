package org.triptych.ui.editor;

import org.triptych.model.Paragraph;
import org.triptych.session.Repetitions;
import org.triptych.model.Status;
import org.triptych.ui.Edt;
import org.triptych.check.Finding;
import org.triptych.glossary.TermHit;

import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeEvent;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.Highlighter;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The paragraph table: English beside its targets, rows as tall as their longest cell. Rows are
 * virtualised: one renderer paints every cell and one editor edits the current one. Heights are first
 * estimated for all rows from character counts (fast enough for tens of thousands of paragraphs) and
 * measured exactly for the rows on screen. EDT only.
 */
public final class EditorTable extends JTable {

    /** Receives the text of the cell being edited after every keystroke. */
    public interface EditListener {
        void textTyped(int row, String lang, String text);
    }

    private static final int TERM_CACHE = 512;

    private final ParagraphTableModel paragraphs;
    private final CellText sourceRenderer = new CellText(this, true);
    /** The English cell around {@link #sourceRenderer}: the paragraph id above, its note below. */
    private final SourceCell sourceCell = new SourceCell(sourceRenderer);
    private final TableCellRenderer sourceCellRenderer = (t, value, selected, focused, row, column) -> {
        sourceRenderer.getTableCellRendererComponent(t, value, selected, focused, row, column);
        Paragraph p = paragraphAt(row);
        sourceCell.show(idLine(p), p.note(), t.getFont(), sourceRenderer.getBackground());
        return sourceCell;
    };
    private final CellText targetRenderer = new CellText(this, false);
    private final CellText measurer = new CellText(this, false);
    private final TargetEditor editor = new TargetEditor(this);
    private final SourceViewer viewer = new SourceViewer(this);
    /** Text selected in the cells of the current row, by language ("en" for the English). */
    private final Map<String, String> selections = new LinkedHashMap<>();
    private int selectionsRow = -1;
    private final Map<String, List<TermHit>> termCache = new LinkedHashMap<>(TERM_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<TermHit>> eldest) {
            return size() > TERM_CACHE;
        }
    };

    private Function<String, List<TermHit>> terms = english -> List.of();
    private BiFunction<Paragraph, String, List<Finding>> issues = (p, lang) -> List.of();
    private Function<Finding, String> issueMessage = Finding::messageKey;
    private Function<TermHit, String> termTooltip = span -> span.concept().english();
    private EditListener editListener = (row, lang, text) -> { };

    private boolean[] exact = new boolean[0];
    private int[] measuredWidths = new int[0];
    private boolean fitPending;

    private Highlighter.HighlightPainter termPainter;
    private Highlighter.HighlightPainter issuePainter;
    private TagChips tagChips;
    private Color currentRowBackground;
    private final Map<Status, Color> statusColors = new EnumMap<>(Status.class);
    private Function<Status, String> statusNames = Status::cell;
    private BiFunction<String, String, String> repetitionNames = (lang, from) -> lang + " = " + from;
    private Color editorBackground;
    private Color sourceForeground;

    public EditorTable(ParagraphTableModel model) {
        super(model);
        this.paragraphs = model;
        setName("editorTable");
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setCellSelectionEnabled(true);
        setSurrendersFocusOnKeystroke(true);
        setAutoResizeMode(AUTO_RESIZE_ALL_COLUMNS);
        setFillsViewportHeight(true);
        setShowHorizontalLines(true);
        setShowVerticalLines(true);
        getTableHeader().setReorderingAllowed(false);
        setDefaultRenderer(String.class, targetRenderer);
        setDefaultEditor(String.class, editor);
        setToolTipText("");
        model.addChangeListener(new ParagraphTableModel.ChangeListener() {
            @Override
            public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
                if (editor.row() == row) {
                    // Undo, a merge from disk or a replace may change the cell being edited: show it.
                    editor.reload(after.target(paragraphs.langOf(editor.column())).text());
                }
                if (row < exact.length) {
                    exact[row] = false;
                }
                scheduleFit();
            }

            @Override
            public void documentReplaced() {
                termCache.clear();
                estimateAllRows();
            }
        });
        updateColors();
        editor.area().addCaretListener(e -> rememberSelection(editor.area(), editor.column()));
        viewer.area().addCaretListener(e -> rememberSelection(viewer.area(), 0));
    }

    @Override
    public javax.swing.table.TableCellEditor getCellEditor(int row, int column) {
        return convertColumnIndexToModel(column) == 0 ? viewer : editor;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        // The English opens too, read-only, so that its words can be selected.
        return convertColumnIndexToModel(column) == 0 || super.isCellEditable(row, column);
    }

    /** The text selected in each cell of the current row (kept when the keyboard moves to another cell). */
    public Map<String, String> selectionsInCurrentRow() {
        return selectionsRow == getSelectedRow() ? Map.copyOf(selections) : Map.of();
    }

    private void rememberSelection(JTextArea area, int modelColumn) {
        int row = getEditingRow();
        if (row < 0 || modelColumn < 0) {
            return;
        }
        if (row != selectionsRow) {
            selections.clear();
            selectionsRow = row;
        }
        String selected = area.getSelectedText();
        if (selected != null && !selected.isBlank()) {
            selections.put(paragraphs.langOf(modelColumn), selected);
        }
    }

    /** The paragraph of a row (for the cells that show its id and note). */
    Paragraph paragraphAt(int row) {
        return paragraphs.paragraph(row);
    }

    /** The text area showing the English cell when it is open (for selecting words). */
    public JTextArea sourceArea() {
        return viewer.area();
    }

    @Override
    public TableCellRenderer getCellRenderer(int row, int column) {
        return convertColumnIndexToModel(column) == 0 ? sourceCellRenderer : targetRenderer;
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // Renderers are not in the component tree, so a theme switch must reach them explicitly.
        for (JTextArea area : new JTextArea[]{sourceRenderer, targetRenderer, measurer}) {
            if (area != null) {
                SwingUtilities.updateComponentTreeUI(area);
                area.setBorder(CellText.padding());
            }
        }
        if (sourceCell != null) {
            SwingUtilities.updateComponentTreeUI(sourceCell);
            sourceRenderer.setBorder(CellText.padding());
        }
        if (viewer != null) {
            SwingUtilities.updateComponentTreeUI(viewer.cell());
            viewer.area().setBorder(CellText.padding());
        }
        if (editor != null) {
            SwingUtilities.updateComponentTreeUI(editor.area());
            editor.area().setBorder(CellText.padding());
            updateColors();
        }
    }

    private void updateColors() {
        Color background = getBackground();
        Color accent = CellText.uiColor("Component.accentColor", new Color(0x2675BF));
        currentRowBackground = CellText.blend(background, accent, 0.10f);
        editorBackground = CellText.blend(background, accent, 0.04f);
        sourceForeground = getForeground();
        boolean dark = background.getRed() + background.getGreen() + background.getBlue() < 384;
        termPainter = CellText.termPainter(dark ? new Color(0x5A4A12) : new Color(0xFFF1A8));
        issuePainter = new WavyUnderline(dark ? new Color(0xFF6B6B) : new Color(0xD0021B));
        tagChips = new TagChips(CellText.blend(background, getForeground(), 0.12f),
                CellText.blend(background, getForeground(), 0.35f));
        setGridColor(CellText.blend(background, getForeground(), 0.15f));
        statusColors.clear();
        statusColors.put(Status.DRAFT, dark ? new Color(0xC98A1B) : new Color(0xE0A030));
        statusColors.put(Status.TRANSLATED, dark ? new Color(0x4CAF50) : new Color(0x3FA34D));
        statusColors.put(Status.REVIEWED, dark ? new Color(0x5B9BF0) : new Color(0x2F6FD0));
    }

    /** The colour of a target cell's status bar; null for no status (no bar). */
    Color statusColor(Status status) {
        return statusColors.get(status);
    }

    Status statusIn(int row, int modelColumn) {
        if (modelColumn <= 0 || row < 0 || row >= paragraphs.getRowCount()) {
            return Status.NONE;
        }
        return paragraphs.paragraph(row).target(paragraphs.langOf(modelColumn)).status();
    }

    /** How statuses are named in tooltips, in the interface language. */
    public void setStatusNames(Function<Status, String> names) {
        this.statusNames = names;
    }

    /**
     * How a target filled from a repeated paragraph is named beside the paragraph's id (language tag and the id of
     * the paragraph it was copied from), in the interface language.
     */
    public void setRepetitionNames(BiFunction<String, String, String> names) {
        this.repetitionNames = names;
    }

    /** The line above the English: the paragraph's id, then which targets were copied from a repeat. */
    public String idLine(Paragraph p) {
        StringBuilder line = new StringBuilder(p.id());
        for (String lang : paragraphs.targets()) {
            Repetitions.repeatedFrom(p, lang).ifPresent(from ->
                    line.append("  ·  ").append(repetitionNames.apply(lang, from)));
        }
        return line.toString();
    }

    // ---- what the renderers ask -------------------------------------------------------------------

    int currentRow() {
        return getSelectedRow();
    }

    Color currentRowBackground() {
        return currentRowBackground;
    }

    Color editorBackground() {
        return editorBackground;
    }

    Color sourceForeground() {
        return sourceForeground;
    }

    Highlighter.HighlightPainter termPainter() {
        return termPainter;
    }

    Highlighter.HighlightPainter issuePainter() {
        return issuePainter;
    }

    /** The painter of inline tags ({@code <b1>}) in the English and the targets. */
    TagChips tagChips() {
        return tagChips;
    }

    /** Glossary terms of a row's English, cached by text (the engine is fast, painting is frequent). */
    public List<TermHit> termsIn(int row) {
        String source = paragraphs.paragraph(row).source();
        return termCache.computeIfAbsent(source, terms);
    }

    List<Finding> issuesIn(int row, int modelColumn) {
        if (modelColumn <= 0 || row < 0 || row >= paragraphs.getRowCount()) {
            return List.of();
        }
        return issues.apply(paragraphs.paragraph(row), paragraphs.langOf(modelColumn));
    }

    // ---- wiring ------------------------------------------------------------------------------------

    /** Where English terms come from; a new glossary means calling this again. */
    public void setTerms(Function<String, List<TermHit>> terms, Function<TermHit, String> tooltip) {
        this.terms = terms;
        this.termTooltip = tooltip;
        termCache.clear();
        repaint();
    }

    /** Where a target cell's findings come from. */
    public void setIssues(BiFunction<Paragraph, String, List<Finding>> issues, Function<Finding, String> message) {
        this.issues = issues;
        this.issueMessage = message;
        editor.markIssues();
        repaint();
    }

    public void setEditListener(EditListener listener) {
        this.editListener = listener;
    }

    /** Told of a right-click in a target cell. */
    public interface TargetMenuListener {
        /**
         * @param row    the paragraph's row
         * @param lang   the cell's language
         * @param text   the cell's text as shown
         * @param offset the offset in {@code text} under the mouse
         * @param issues the cell's findings
         * @param area   the text area, where the menu goes at ({@code x}, {@code y})
         */
        void menuAt(int row, String lang, String text, int offset, List<Finding> issues, JTextArea area, int x, int y);
    }

    /**
     * Calls {@code listener} on a right-click in a target cell (the platform's popup trigger), in the cell being
     * edited or in another, which is then edited first.
     */
    public void onTargetMenu(TargetMenuListener listener) {
        JTextArea area = editor.area();
        area.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                popup(e);
            }

            private void popup(java.awt.event.MouseEvent e) {
                if (!e.isPopupTrigger() || editor.row() < 0) {
                    return;
                }
                e.consume();
                int offset = area.viewToModel2D(e.getPoint());
                if (offset < 0) {
                    return;
                }
                if (area.getSelectionStart() == area.getSelectionEnd()
                        || offset < area.getSelectionStart() || offset > area.getSelectionEnd()) {
                    area.setCaretPosition(offset);
                }
                listener.menuAt(editor.row(), paragraphs.langOf(editor.column()), area.getText(), offset,
                        issuesIn(editor.row(), editor.column()), area, e.getX(), e.getY());
            }
        });
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                popup(e);
            }

            private void popup(java.awt.event.MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                int column = columnAtPoint(e.getPoint());
                if (!e.isPopupTrigger() || row < 0 || column < 0 || convertColumnIndexToModel(column) <= 0) {
                    return;
                }
                e.consume();
                editTarget(row, paragraphs.langOf(convertColumnIndexToModel(column)));
                java.awt.Point inArea = javax.swing.SwingUtilities.convertPoint(EditorTable.this, e.getPoint(), area);
                area.dispatchEvent(new java.awt.event.MouseEvent(area, e.getID(), e.getWhen(), e.getModifiersEx(),
                        inArea.x, inArea.y, e.getClickCount(), true, e.getButton()));
            }
        });
    }

    /** The text area editing the current target cell (valid while {@link #isEditing()}). */
    public JTextArea editorArea() {
        return editor.area();
    }

    void editorTextChanged(int row, int modelColumn, String text) {
        editListener.textTyped(row, paragraphs.langOf(modelColumn), text);
        fitEditingRow();
    }

    /** Starts editing a target cell and puts the keyboard there, caret at the end. */
    public void editTarget(int row, String lang) {
        Edt.mustBeEdt();
        int modelColumn = paragraphs.columnOf(lang);
        if (row < 0 || row >= getRowCount() || modelColumn < 0) {
            return;
        }
        int viewColumn = convertColumnIndexToView(modelColumn);
        if (isEditing() && (getEditingRow() != row || getEditingColumn() != viewColumn)) {
            getCellEditor().stopCellEditing();
        }
        changeSelection(row, viewColumn, false, false);
        if (!isEditing()) {
            editCellAt(row, viewColumn);
        }
        if (row >= exact.length || !exact[row]) {
            fitRow(row);
        }
        scrollRectToVisible(getCellRect(row, viewColumn, true));
        JTextArea area = editor.area();
        area.requestFocusInWindow();
        area.setCaretPosition(area.getDocument().getLength());
    }

    /** Opens the English of {@code row} read-only and puts the keyboard there, caret at the start (F6). */
    public void viewSource(int row) {
        Edt.mustBeEdt();
        if (row < 0 || row >= getRowCount()) {
            return;
        }
        int viewColumn = convertColumnIndexToView(0);
        if (isEditing()) {
            getCellEditor().stopCellEditing();
        }
        changeSelection(row, viewColumn, false, false);
        viewer.openFromKeyboard(() -> editCellAt(row, viewColumn));
        scrollRectToVisible(getCellRect(row, viewColumn, true));
        viewer.area().requestFocusInWindow();
    }

    /** True while the English cell is open (read-only). */
    public boolean isViewingSource() {
        return isEditing() && convertColumnIndexToModel(getEditingColumn()) == 0;
    }

    /** Repaints one row's cells (after findings or highlights of that row changed). */
    public void repaintRow(int row) {
        if (row >= 0 && row < getRowCount()) {
            Rectangle first = getCellRect(row, 0, true);
            repaint(0, first.y, getWidth(), first.height);
        }
        if (row == editor.row()) {
            editor.markIssues();
        }
    }

    // ---- row heights -------------------------------------------------------------------------------

    @Override
    public void columnMarginChanged(ChangeEvent e) {
        super.columnMarginChanged(e);
        if (paragraphs != null && !Arrays.equals(measuredWidths, columnWidths())) {
            estimateAllRows();
        }
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        if (paragraphs != null) {
            estimateAllRows();
        }
    }

    private int[] columnWidths() {
        int[] widths = new int[getColumnCount()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = getColumnModel().getColumn(i).getWidth();
        }
        return widths;
    }

    /**
     * Gives every row an estimated height from its character counts (no text layout), then measures the
     * rows on screen exactly. Linear in the text size; tens of milliseconds for a novel.
     */
    public void estimateAllRows() {
        ScreenAnchor anchor = screenAnchor();
        int rows = paragraphs.getRowCount();
        exact = new boolean[rows];
        measuredWidths = columnWidths();
        if (rows == 0 || measuredWidths.length == 0 || measuredWidths[0] <= 1) {
            return;
        }
        Font font = getFont();
        FontMetrics metrics = getFontMetrics(font);
        float narrow = metrics.stringWidth("the quick brown fox jumps over a lazy dog") / 41f;
        float wide = metrics.charWidth('가');
        int line = metrics.getHeight();
        int insets = 2 * CellText.pad();
        Font small = SourceCell.small(font);
        FontMetrics smallMetrics = getFontMetrics(small);
        int idStrip = sourceCell.idStrip(small);
        float smallRatio = small.getSize2D() / font.getSize2D();
        for (int row = 0; row < rows; row++) {
            int height = 0;
            for (int view = 0; view < measuredWidths.length; view++) {
                String text = (String) paragraphs.getValueAt(row, convertColumnIndexToModel(view));
                int available = Math.max(1, measuredWidths[view] - insets - 2);
                int cell = estimateLines(text, available, narrow, wide) * line + insets;
                if (convertColumnIndexToModel(view) == 0) {
                    String note = paragraphs.paragraph(row).note();
                    cell += idStrip + (note.isEmpty() ? 0 : CellText.pad() + smallMetrics.getHeight()
                            * estimateLines(note, available, narrow * smallRatio, wide * smallRatio));
                }
                height = Math.max(height, cell);
            }
            if (getRowHeight(row) != height) {
                setRowHeight(row, height);
            }
        }
        if (anchor != null) {
            keepOnScreen(anchor); // new heights above must not push the current row off the screen
        }
        scheduleFit();
    }

    private static int estimateLines(String text, int width, float narrow, float wide) {
        int lines = 0;
        float run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += Math.max(1, (int) Math.ceil(run * 1.08f / width));
                run = 0;
            } else {
                run += c >= 0x1100 && (c < 0x2000 || c >= 0x2E80) ? wide : narrow;
            }
        }
        return lines + Math.max(1, (int) Math.ceil(run * 1.08f / width));
    }

    /** Measures the rows on screen exactly, once the current event is done (many changes, one pass). */
    public void scheduleFit() {
        if (!fitPending) {
            fitPending = true;
            SwingUtilities.invokeLater(() -> {
                fitPending = false;
                fitVisibleRows();
            });
        }
    }

    /**
     * Measures the rows in the viewport (and a few around it) exactly; repeats while heights shift. Rows measured
     * above the current row move it: the view follows, so the current row stays where it was on screen (and
     * wholly visible), and otherwise the first row on screen stays put.
     */
    public void fitVisibleRows() {
        if (!(getParent() instanceof JViewport viewport) || getRowCount() == 0) {
            return;
        }
        ScreenAnchor anchor = screenAnchor();
        boolean anyChanged = false;
        for (int pass = 0; pass < 4; pass++) {
            Rectangle visible = viewport.getViewRect();
            int first = rowAtPoint(new Point(0, visible.y));
            int last = rowAtPoint(new Point(0, visible.y + visible.height));
            first = Math.max(0, (first < 0 ? 0 : first) - 2);
            last = Math.min(getRowCount() - 1, (last < 0 ? getRowCount() - 1 : last) + 2);
            boolean changed = false;
            for (int row = first; row <= last; row++) {
                if (row < exact.length && !exact[row]) {
                    changed |= fitRow(row);
                }
            }
            if (!changed) {
                break;
            }
            anyChanged = true;
            keepOnScreen(anchor);
        }
        if (anyChanged && anchor.current()) {
            scrollRectToVisible(getCellRect(anchor.row(), Math.max(0, getSelectedColumn()), true));
        }
    }

    /**
     * A row on screen and how far below the viewport's top it starts: the current row when it is on screen, else
     * the first row on screen.
     */
    private record ScreenAnchor(JViewport viewport, int row, int offset, boolean current) {
    }

    /** Where the rows are on screen now, or null when the table is not in a viewport or has no rows. */
    private ScreenAnchor screenAnchor() {
        if (!(getParent() instanceof JViewport viewport) || getRowCount() == 0) {
            return null;
        }
        Rectangle view = viewport.getViewRect();
        int current = getSelectedRow();
        boolean onScreen = current >= 0 && current < getRowCount() && getCellRect(current, 0, true).intersects(view);
        int row = onScreen ? current : Math.max(0, rowAtPoint(new Point(0, view.y)));
        return new ScreenAnchor(viewport, row, getCellRect(row, 0, true).y - view.y, onScreen);
    }

    /** Scrolls so that the anchor's row starts as far below the viewport's top as it did (row heights changed). */
    private void keepOnScreen(ScreenAnchor anchor) {
        JViewport viewport = anchor.viewport();
        if (anchor.row() >= getRowCount()) {
            return;
        }
        if (viewport.getParent() != null) {
            viewport.getParent().validate(); // the table's new height, before the position is set
        }
        Rectangle view = viewport.getViewRect();
        int maxY = Math.max(0, getHeight() - view.height);
        int y = Math.max(0, Math.min(maxY, getCellRect(anchor.row(), 0, true).y - anchor.offset()));
        if (y != view.y) {
            viewport.setViewPosition(new Point(view.x, y));
        }
    }

    /** Sets one row's exact height; returns true when it changed. */
    boolean fitRow(int row) {
        int height = 0;
        Font font = getFont();
        for (int view = 0; view < getColumnCount(); view++) {
            int modelColumn = convertColumnIndexToModel(view);
            int width = getColumnModel().getColumn(view).getWidth();
            if (isEditing() && editor.row() == row && editor.column() == modelColumn) {
                JTextArea area = editor.area();
                area.setSize(width, Short.MAX_VALUE);
                height = Math.max(height, area.getPreferredSize().height);
            } else {
                int textHeight = measurer.heightFor((String) paragraphs.getValueAt(row, modelColumn), width, font);
                if (modelColumn == 0) {
                    Paragraph p = paragraphs.paragraph(row);
                    sourceCell.show(idLine(p), p.note(), font, getBackground());
                    textHeight = sourceCell.heightAround(textHeight, width);
                }
                height = Math.max(height, textHeight);
            }
        }
        if (row < exact.length) {
            exact[row] = true;
        }
        if (getRowHeight(row) == height) {
            return false;
        }
        setRowHeight(row, height);
        if (isEditing() && getEditingRow() == row) {
            Component c = getEditorComponent();
            c.setBounds(getCellRect(row, getEditingColumn(), false));
            c.validate();
        }
        return true;
    }

    private void fitEditingRow() {
        if (isEditing()) {
            fitRow(getEditingRow());
        }
    }

    // ---- tooltips ----------------------------------------------------------------------------------

    @Override
    public String getToolTipText(MouseEvent event) {
        Point p = event.getPoint();
        int row = rowAtPoint(p);
        int column = columnAtPoint(p);
        if (row < 0 || column < 0) {
            return null;
        }
        int modelColumn = convertColumnIndexToModel(column);
        Rectangle cell = getCellRect(row, column, false);
        Component rendered = prepareRenderer(getCellRenderer(row, column), row, column);
        rendered.setBounds(0, 0, cell.width, cell.height);
        CellText text;
        if (rendered instanceof SourceCell source) {
            source.doLayout();
            text = (CellText) source.text();
        } else {
            text = (CellText) rendered;
        }
        int offset = text.viewToModel2D(new Point(p.x - cell.x - text.getX(), p.y - cell.y - text.getY()));
        if (modelColumn == 0) {
            for (TermHit span : termsIn(row)) {
                if (offset >= span.start() && offset < span.end()) {
                    return termTooltip.apply(span);
                }
            }
            return null;
        }
        StringBuilder html = new StringBuilder();
        Status status = statusIn(row, modelColumn);
        if (status != Status.NONE && p.x - cell.x < CellText.pad()) {
            return statusNames.apply(status); // hovering the status bar at the cell's edge
        }
        for (Finding issue : issuesIn(row, modelColumn)) {
            if (issue.hasTargetSpan() ? offset >= issue.start() && offset < issue.end() : false) {
                html.append(html.isEmpty() ? "<html>" : "<br>").append(escape(issueMessage.apply(issue)));
            }
        }
        return html.isEmpty() ? null : html.toString();
    }

    /** Escapes text for a Swing HTML tooltip. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
