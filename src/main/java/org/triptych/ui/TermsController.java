package org.triptych.ui;

import org.triptych.model.Concept;
import org.triptych.model.Paragraph;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.i18n.Messages;
import org.triptych.glossary.TermHit;
import org.triptych.check.Terminology;
import org.triptych.ui.terms.TermsPanel;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Drives the Glossary panel: the concepts of the current paragraph, their renderings, and whether each
 * target already renders them, plus the English terms' tooltips. Public methods: EDT only.
 */
final class TermsController {

    private final TermsPanel panel;
    private final ParagraphTableModel model;
    private final EditorTable table;
    private final Supplier<Opened> opened;
    private final Supplier<Messages> messages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-terms");
        t.setDaemon(true);
        return t;
    });
    private long request;

    TermsController(TermsPanel panel, ParagraphTableModel model, EditorTable table, Supplier<Opened> opened,
                    Supplier<Messages> messages) {
        this.panel = panel;
        this.model = model;
        this.table = table;
        this.opened = opened;
        this.messages = messages;
    }

    /** The concepts of the current paragraph, in the order their terms appear. */
    List<Concept> currentConcepts() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= model.getRowCount() || opened.get() == null) {
            return List.of();
        }
        LinkedHashSet<Concept> concepts = new LinkedHashSet<>();
        for (TermHit span : table.termsIn(row)) {
            concepts.add(span.concept());
        }
        return new ArrayList<>(concepts);
    }

    /**
     * Refreshes the panel for the current paragraph. Whether each target renders each concept is a
     * morphological match, too slow to repeat on the EDT for every keystroke with a large glossary, so it
     * runs on the terms thread and the rows are installed when they are still current.
     */
    void update() {
        Edt.mustBeEdt();
        List<String> columns = new ArrayList<>();
        columns.add("#");
        columns.add(WorkbenchController.nativeName("en"));
        model.targets().forEach(t -> columns.add(WorkbenchController.nativeName(t)));
        if (panel.table().getColumnCount() != columns.size()) {
            panel.setColumns(columns);
        }
        int row = table.getSelectedRow();
        Opened current = opened.get();
        long mine = ++request;
        if (row < 0 || row >= model.getRowCount() || current == null) {
            panel.setRows(List.of());
            panel.setTitle(messages.get().format("terms.title", 0));
            return;
        }
        Paragraph p = model.paragraph(row);
        List<Concept> concepts = currentConcepts();
        List<String> targets = model.targets();
        Terminology terminology = current.terminology();
        worker.execute(() -> {
            List<TermsPanel.Row> rows = new ArrayList<>();
            for (Concept c : concepts) {
                List<String> renderings = new ArrayList<>();
                List<Boolean> rendered = new ArrayList<>();
                for (String lang : targets) {
                    renderings.add(c.preferred(lang));
                    rendered.add(terminology.renders(c, lang, p.target(lang).text()));
                }
                rows.add(new TermsPanel.Row(c.english(), renderings, rendered));
            }
            SwingUtilities.invokeLater(() -> {
                if (mine == request) {
                    panel.setRows(rows);
                    panel.setTitle(messages.get().format("terms.title", rows.size()));
                }
            });
        });
    }

    /** The tooltip of an English term: its renderings per target language and the start of its note. */
    String tooltip(TermHit span) {
        StringBuilder html = new StringBuilder("<html><b>").append(EditorTable.escape(span.concept().english())).append("</b>");
        for (String lang : model.targets()) {
            String rendering = span.concept().terms(lang).stream().map(t -> t.text()).reduce((a, b) -> a + " | " + b).orElse("—");
            html.append("<br>").append(EditorTable.escape(WorkbenchController.nativeName(lang))).append(": ")
                    .append(EditorTable.escape(rendering));
        }
        String note = span.concept().note();
        if (!note.isBlank()) {
            html.append("<br><i>").append(EditorTable.escape(note.length() > 160 ? note.substring(0, 160) + "…" : note)).append("</i>");
        }
        return html.toString();
    }

    void dispose() {
        worker.shutdownNow();
    }
}
