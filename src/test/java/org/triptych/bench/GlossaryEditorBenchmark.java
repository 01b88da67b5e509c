package org.triptych.bench;

import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.ui.glossary.GlossaryEditorPanel;

import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The glossary editor on a synthetic 100,000-concept glossary: opening it, sorting by the Ukrainian column,
 * filtering, and editing a cell (model update, duplicate scan, undo step and repaint, on the event thread).
 * Budget: an edit or a filter keystroke under 100 ms (median). Needs a display: run under {@code xvfb-run -a}
 * with {@code mvn -q -Pbench exec:java -Dbench.class=org.triptych.bench.GlossaryEditorBenchmark}.
 */
public final class GlossaryEditorBenchmark {

    private static final int CONCEPTS = 100_000;
    private static final String UK = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";

    private GlossaryEditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("GlossaryEditorBenchmark skipped: no display (run under xvfb-run -a)");
            return;
        }
        Glossary glossary = synthetic(new Random(42));
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<JTable> table = new AtomicReference<>();
        AtomicReference<JTextField> filter = new AtomicReference<>();
        long open = timeOnEdt(() -> {
            JFrame f = new JFrame("bench");
            f.setContentPane(new GlossaryEditorPanel(glossary, g -> { }));
            f.setSize(1200, 600);
            f.setVisible(true);
            frame.set(f);
            table.set((JTable) find(f, "glossaryTable"));
            filter.set((JTextField) find(f, "glossaryFilter"));
        });
        long sort = timeOnEdt(() -> table.get().getRowSorter().toggleSortOrder(2));
        long[] edits = new long[21];
        for (int i = 0; i < edits.length; i++) {
            int round = i;
            edits[i] = timeOnEdt(() -> {
                table.get().setValueAt("перевірка " + round, 0, 2);
                table.get().paintImmediately(table.get().getVisibleRect());
            });
        }
        String typed = "term 999";
        long[] keystrokes = new long[typed.length()];
        for (int i = 0; i < typed.length(); i++) {
            String key = typed.substring(i, i + 1);
            keystrokes[i] = timeOnEdt(() -> {
                try {
                    filter.get().getDocument().insertString(filter.get().getDocument().getLength(), key, null);
                } catch (javax.swing.text.BadLocationException e) {
                    throw new IllegalStateException(e);
                }
                table.get().paintImmediately(table.get().getVisibleRect());
            });
        }
        SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        System.out.printf(Locale.ROOT, "%,d concepts: open %d ms; sort by Ukrainian %d ms; edit a cell median %d ms (max %d); "
                        + "filter keystrokes %s ms%n",
                CONCEPTS, open, sort, median(edits), Arrays.stream(edits).max().orElse(0), Arrays.toString(keystrokes));
        System.exit(0);
    }

    private static Glossary synthetic(Random random) {
        List<Concept> concepts = new ArrayList<>(CONCEPTS);
        for (int i = 0; i < CONCEPTS; i++) {
            StringBuilder uk = new StringBuilder();
            StringBuilder ko = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                uk.append(UK.charAt(random.nextInt(UK.length())));
                ko.append((char) (0xAC00 + random.nextInt(11_172)));
            }
            concepts.add(new Concept(Map.of(
                    "en", List.of(new Term("en", "term " + i, true)),
                    "ko", List.of(new Term("ko", ko.substring(0, 3), true)),
                    "uk", List.of(new Term("uk", uk.toString(), true))),
                    Map.of(), "note " + i, Map.of(), i + 2));
        }
        return new Glossary(Path.of("bench.csv"), List.of("en", "ko", "uk", "uk_forbidden", "note"),
                List.of("en", "ko", "uk"), concepts);
    }

    private static long timeOnEdt(Runnable work) throws Exception {
        long[] elapsed = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            long start = System.nanoTime();
            work.run();
            elapsed[0] = (System.nanoTime() - start) / 1_000_000;
        });
        return elapsed[0];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
