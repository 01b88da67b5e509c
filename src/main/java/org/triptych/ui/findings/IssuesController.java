package org.triptych.ui.findings;

import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.ui.Edt;
import org.triptych.ui.editor.ParagraphTableModel;
import org.triptych.ui.terms.TargetIssue;
import org.triptych.ui.terms.Terminology;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Keeps the Issues panel live: checks the whole document in a {@link SwingWorker} (progress bar, Cancel)
 * when it opens or the glossary changes, and re-checks an edited paragraph off the EDT
 * {@value #DEBOUNCE_MS} ms after typing pauses. Public methods: EDT only.
 */
public final class IssuesController implements ParagraphTableModel.ChangeListener {

    public static final int DEBOUNCE_MS = 250;

    private final IssuesPanel panel;
    private final ParagraphTableModel model;
    private final Runnable onResults;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-check");
        t.setDaemon(true);
        return t;
    });
    private final Timer debounce;
    private final Map<String, Paragraph> pending = new LinkedHashMap<>();

    /** Findings by paragraph id and language. EDT. */
    private final Map<String, Map<String, List<TargetIssue>>> results = new HashMap<>();
    private Terminology terminology = Terminology.empty();
    private SwingWorker<?, ?> fullCheck;
    private long epoch;

    /**
     * @param onResults called on the EDT after findings changed (to repaint the table and the terms panel)
     */
    public IssuesController(IssuesPanel panel, ParagraphTableModel model, Runnable onResults) {
        this.panel = panel;
        this.model = model;
        this.onResults = onResults;
        debounce = new Timer(DEBOUNCE_MS, e -> checkPending());
        debounce.setRepeats(false);
        model.addChangeListener(this);
        panel.cancelButton().addActionListener(e -> cancel());
    }

    /** Findings of one target cell (empty when none or not yet checked). */
    public List<TargetIssue> issues(Paragraph paragraph, String lang) {
        Map<String, List<TargetIssue>> byLang = results.get(paragraph.id());
        return byLang == null ? List.of() : byLang.getOrDefault(lang, List.of());
    }

    /** All findings in document order. */
    public List<TargetIssue> all() {
        List<TargetIssue> list = new ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            Map<String, List<TargetIssue>> byLang = results.get(model.paragraph(row).id());
            if (byLang != null) {
                for (String lang : model.targets()) {
                    list.addAll(byLang.getOrDefault(lang, List.of()));
                }
            }
        }
        return list;
    }

    /** Uses a new engine (glossary changed) and re-checks everything, unless {@code recheck} is false. */
    public void setTerminology(Terminology newTerminology, boolean recheck) {
        Edt.mustBeEdt();
        this.terminology = newTerminology;
        if (recheck) {
            recheckAll();
        }
    }

    /** Checks the whole document in the background; a running check is cancelled first. */
    public void recheckAll() {
        Edt.mustBeEdt();
        cancel();
        Document snapshot = model.snapshot();
        Terminology engine = terminology;
        long myEpoch = ++epoch;
        pending.clear();
        panel.setRunning(true);
        SwingWorker<Map<String, Map<String, List<TargetIssue>>>, Void> worker = new SwingWorker<>() {
            @Override
            protected Map<String, Map<String, List<TargetIssue>>> doInBackground() {
                Map<String, Map<String, List<TargetIssue>>> found = new HashMap<>();
                List<Paragraph> paragraphs = snapshot.paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (isCancelled()) {
                        return found;
                    }
                    Paragraph p = paragraphs.get(i);
                    found.put(p.id(), checkOne(engine, snapshot, p));
                    setProgress((int) ((i + 1) * 100L / paragraphs.size()));
                }
                return found;
            }

            @Override
            protected void done() {
                // Executed on the EDT once the check finished or was cancelled.
                if (fullCheck == this) {
                    fullCheck = null;
                    panel.setRunning(false);
                }
                if (isCancelled() || myEpoch != epoch) {
                    return;
                }
                try {
                    results.clear();
                    results.putAll(get());
                    // Paragraphs edited while the check ran were checked in their older state: check them again.
                    for (int row = 0; row < model.getRowCount(); row++) {
                        Paragraph now = model.paragraph(row);
                        if (row < snapshot.paragraphs().size() && !now.equals(snapshot.paragraphs().get(row))) {
                            pending.put(now.id(), now);
                        }
                    }
                    if (!pending.isEmpty()) {
                        debounce.restart();
                    }
                    refresh();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    panel.setTitle(String.valueOf(e.getCause()));
                }
            }
        };
        worker.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) {
                panel.setProgress((Integer) e.getNewValue());
            }
        });
        fullCheck = worker;
        worker.execute();
    }

    /** Stops a running full check; findings already shown stay. */
    public void cancel() {
        if (fullCheck != null) {
            fullCheck.cancel(true);
            fullCheck = null;
            panel.setRunning(false);
        }
    }

    private static Map<String, List<TargetIssue>> checkOne(Terminology engine, Document document, Paragraph p) {
        Map<String, List<TargetIssue>> byLang = new HashMap<>();
        for (String lang : document.targets()) {
            List<TargetIssue> issues = engine.check(document.path(), p, lang);
            if (!issues.isEmpty()) {
                byLang.put(lang, List.copyOf(issues));
            }
        }
        return byLang;
    }

    @Override
    public void paragraphChanged(int row, Paragraph before, Paragraph after, ParagraphTableModel.Origin origin) {
        pending.put(after.id(), after);
        debounce.restart();
    }

    @Override
    public void documentReplaced() {
        results.clear();
        recheckAll();
    }

    private void checkPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Paragraph> paragraphs = new ArrayList<>(pending.values());
        pending.clear();
        Terminology engine = terminology;
        Document document = model.document();
        long myEpoch = epoch;
        checker.execute(() -> {
            Map<String, Map<String, List<TargetIssue>>> found = new HashMap<>();
            for (Paragraph p : paragraphs) {
                found.put(p.id(), checkOne(engine, document, p));
            }
            SwingUtilities.invokeLater(() -> {
                if (myEpoch == epoch) {
                    results.putAll(found);
                    refresh();
                }
            });
        });
    }

    /** Re-lists the findings and tells the window. */
    public void refresh() {
        panel.setIssues(all());
        onResults.run();
    }

    /** Calls {@code jump} with the finding the user clicks in the panel. */
    public void onSelect(Consumer<TargetIssue> jump) {
        panel.table().addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int row = panel.table().rowAtPoint(e.getPoint());
                if (row >= 0) {
                    jump.accept(panel.issues().get(panel.table().convertRowIndexToModel(row)));
                }
            }
        });
    }

    /** Stops the background threads (window closing). */
    public void dispose() {
        cancel();
        debounce.stop();
        checker.shutdownNow();
    }
}
