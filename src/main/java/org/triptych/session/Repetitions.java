package org.triptych.session;

import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * Repeated paragraphs of the open document: paragraphs whose English is the same (spaces aside). When a translator
 * marks one translated or reviewed, the repeats whose cell in that language is empty get the same text as drafts,
 * marked in the {@code <tag>_origin} column as coming from that paragraph ({@value #FROM_REPETITION} and its id);
 * repeats that already hold another text are offered to the owner for updating ({@link Listener#repeatsDiffer}).
 * Switched on by the front end that wants it ({@link #setEnabled}); the command line leaves documents as they are.
 *
 * <p>Threads: the editor's owner thread. Fills are posted to {@code later} (the same thread, after the change
 * that caused them), so every listener of the editor hears of the translator's change first.
 */
public final class Repetitions implements DocumentEditor.Listener {

    /** The origin cell's prefix for text copied from a repeated paragraph; the paragraph's id follows. */
    public static final String FROM_REPETITION = "repetition:";

    /** Told when a confirmed translation differs from what its repeats hold. */
    public interface Listener {
        void repeatsDiffer(Difference difference);
    }

    /**
     * A translation confirmed at {@code row} in {@code lang} whose repeats at {@code rows} hold other text.
     */
    public record Difference(int row, String id, String lang, String text, List<Integer> rows) {
        public Difference {
            rows = List.copyOf(rows);
        }
    }

    private final DocumentEditor editor;
    private final Executor later;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean enabled;
    /** Rows by the key of their English; only keys shared by two rows or more. Owner thread. */
    private Map<String, List<Integer>> repeats = Map.of();

    public Repetitions(DocumentEditor editor, Executor later) {
        this.editor = editor;
        this.later = later;
        editor.addListener(this);
        repeats = index(editor.snapshot());
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Switching on fills every empty repeat of a translated paragraph at once. */
    public void setEnabled(boolean on) {
        boolean was = enabled;
        enabled = on;
        if (on && !was) {
            later.execute(this::fillAll);
        }
    }

    /** The id of the paragraph whose {@code lang} text was copied into {@code p}, if it was and nobody changed it. */
    public static Optional<String> repeatedFrom(Paragraph p, String lang) {
        String origin = p.extra().getOrDefault(Columns.originColumn(lang), "");
        return origin.startsWith(FROM_REPETITION) ? Optional.of(origin.substring(FROM_REPETITION.length()))
                : Optional.empty();
    }

    /** The other rows whose English is the same as {@code row}'s. */
    public List<Integer> repeatsOf(int row) {
        List<Integer> same = repeats.get(key(editor.paragraph(row).source()));
        if (same == null) {
            return List.of();
        }
        List<Integer> others = new ArrayList<>(same);
        others.remove(Integer.valueOf(row));
        return others;
    }

    /**
     * Gives every row of {@code difference} the confirmed text, as a draft copied from its paragraph. The translator
     * asked for it, so each row is a step of the undo history.
     */
    public void update(Difference difference) {
        String key = key(editor.paragraph(difference.row()).source());
        for (int row : difference.rows()) {
            if (row < editor.size() && key(editor.paragraph(row).source()).equals(key)) {
                editor.seal();
                editor.replace(row, copied(editor.paragraph(row), difference.id(), difference.lang(), difference.text()),
                        DocumentEditor.Origin.EDIT);
            }
        }
        editor.seal();
    }

    @Override
    public void paragraphChanged(int row, Paragraph before, Paragraph after, DocumentEditor.Origin origin) {
        if (!before.source().equals(after.source())) {
            repeats = index(editor.snapshot());
        }
        if (!enabled || origin != DocumentEditor.Origin.EDIT) {
            return;
        }
        for (String lang : editor.targets()) {
            Translation was = before.target(lang);
            Translation now = after.target(lang);
            if (now.isDone() && (!was.isDone() || !was.text().equals(now.text()))) {
                later.execute(() -> confirmed(row, after.id(), lang, now.text()));
            }
        }
    }

    @Override
    public void documentReplaced(Document previous, Document now) {
        repeats = index(now);
        if (enabled) {
            later.execute(this::fillAll);
        }
    }

    /** Fills the empty repeats of a just-confirmed translation and reports those that differ. */
    private void confirmed(int row, String id, String lang, String text) {
        if (!enabled || row >= editor.size() || !editor.paragraph(row).id().equals(id)
                || !editor.paragraph(row).target(lang).text().equals(text)) {
            return; // changed again, or the document was replaced, before this ran
        }
        List<Integer> differing = new ArrayList<>();
        for (int other : repeatsOf(row)) {
            Translation there = editor.paragraph(other).target(lang);
            if (there.isEmpty()) {
                copy(id, lang, text, other);
            } else if (!there.text().equals(text)) {
                differing.add(other);
            }
        }
        if (!differing.isEmpty()) {
            Difference difference = new Difference(row, id, lang, text, differing);
            for (Listener listener : listeners) {
                listener.repeatsDiffer(difference);
            }
        }
    }

    /** Every empty cell of a repeat takes the text of the first translated paragraph with the same English. */
    private void fillAll() {
        if (!enabled) {
            return;
        }
        for (List<Integer> rows : repeats.values()) {
            for (String lang : editor.targets()) {
                rows.stream().filter(r -> editor.paragraph(r).target(lang).isDone()).findFirst().ifPresent(done -> {
                    Paragraph from = editor.paragraph(done);
                    for (int r : rows) {
                        if (editor.paragraph(r).target(lang).isEmpty()) {
                            copy(from.id(), lang, from.target(lang).text(), r);
                        }
                    }
                });
            }
        }
    }

    private void copy(String fromId, String lang, String text, int row) {
        editor.replace(row, copied(editor.paragraph(row), fromId, lang, text), DocumentEditor.Origin.AUTOMATIC);
    }

    private static Paragraph copied(Paragraph p, String fromId, String lang, String text) {
        return p.withTarget(lang, new Translation(text, Status.DRAFT))
                .withExtra(Columns.originColumn(lang), FROM_REPETITION + fromId);
    }

    private static Map<String, List<Integer>> index(Document document) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<Paragraph> paragraphs = document.paragraphs();
        for (int row = 0; row < paragraphs.size(); row++) {
            String key = key(paragraphs.get(row).source());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(row);
            }
        }
        byKey.values().removeIf(rows -> rows.size() < 2);
        return byKey;
    }

    /** The English as compared: runs of white space are one space, none at the ends (text is NFC on reading). */
    static String key(String english) {
        String text = english.strip();
        StringBuilder key = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            boolean afterSpace = i > 0 && Character.isWhitespace(text.charAt(i - 1));
            if (key == null && space && (c != ' ' || afterSpace)) {
                key = new StringBuilder(text.length()).append(text, 0, i); // the first change: copy from here on
            }
            if (key != null && !(space && afterSpace)) {
                key.append(space ? ' ' : c);
            }
        }
        return key == null ? text : key.toString(); // most paragraphs are already in this form: no copy
    }
}
