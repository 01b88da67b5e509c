package org.triptych.bench;

import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;
import org.triptych.ui.glossary.GlossaryEditorPanel;

import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
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
 * editing a cell (model update, duplicate scan, undo step and repaint) and typing into the filter, unsorted and
 * sorted, all timed on the event thread. Budgets: a cell edit under 50 ms (median); a filter keystroke under 50 ms
 * unsorted and under 250 ms sorted (every matching row is re-sorted), after the first keystroke has folded the
 * rows' text. Needs a display: {@code xvfb-run -a mvn -q -Pbench exec:java
 * -Dbench.class=org.triptych.bench.GlossaryEditorBenchmark}.
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
            f.setContentPane(new GlossaryEditorPanel(glossary, org.triptych.ui.i18n.Messages.of(Locale.ENGLISH), g -> { }));
            f.setSize(1200, 600);
            f.setVisible(true);
            frame.set(f);
            table.set((JTable) find(f, "glossaryTable"));
            filter.set((JTextField) find(f, "glossaryFilter"));
        });
        long[] unsortedKeystrokes = typeIntoFilter(filter.get(), table.get(), "term 999");
        SwingUtilities.invokeAndWait(() -> filter.get().setText(""));
        long sort = timeOnEdt(() -> table.get().getRowSorter().toggleSortOrder(2));
        long[] edits = new long[21];
        for (int i = 0; i < edits.length; i++) {
            int round = i;
            edits[i] = timeOnEdt(() -> {
                table.get().setValueAt("перевірка " + round, 0, 2);
                table.get().paintImmediately(table.get().getVisibleRect());
            });
        }
        long[] sortedKeystrokes = typeIntoFilter(filter.get(), table.get(), "term 999");
        SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        System.out.printf(Locale.ROOT, "%,d concepts: open %d ms; sort by Ukrainian %d ms; edit a cell median %d ms (max %d)%n"
                        + "typing \"term 999\" into the filter, ms per keystroke: unsorted %s; sorted %s%n",
                CONCEPTS, open, sort, median(edits), Arrays.stream(edits).max().orElse(0),
                Arrays.toString(unsortedKeystrokes), Arrays.toString(sortedKeystrokes));
        System.exit(0);
    }

    /** Types {@code text} one character at a time, timing each keystroke's filtering and repaint. */
    private static long[] typeIntoFilter(JTextField filter, JTable table, String text) throws Exception {
        long[] keystrokes = new long[text.length()];
        for (int i = 0; i < text.length(); i++) {
            String key = text.substring(i, i + 1);
            keystrokes[i] = timeOnEdt(() -> {
                try {
                    filter.getDocument().insertString(filter.getDocument().getLength(), key, null);
                } catch (BadLocationException e) {
                    throw new IllegalStateException(e);
                }
                table.paintImmediately(table.getVisibleRect());
            });
        }
        return keystrokes;
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
