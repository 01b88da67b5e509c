package org.triptych.importer;

import org.triptych.io.Columns;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;
import org.triptych.model.Status;
import org.triptych.model.Translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a new version of the English source to a document without losing work: unchanged paragraphs keep
 * id, translations and statuses (also when moved); a changed paragraph keeps its id and translations, goes
 * back to draft, and keeps its old English in the {@value #PREVIOUS_COLUMN} column; new paragraphs get new
 * ids; removed paragraphs are returned for a backup. A paragraph counts as changed rather than replaced when
 * it sits where an old one was and shares enough of its words.
 */
public final class SourceUpdate {

    /** The column that keeps the English a changed paragraph had before the update. */
    public static final String PREVIOUS_COLUMN = "en_previous";
    private static final Pattern NUMBERED_ID = Pattern.compile("p(\\d+)");

    /** The updated document, the paragraphs no longer in the source, and counts for the report. */
    public record Result(Document document, List<Paragraph> removed, int unchanged, int changed, int added) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    private SourceUpdate() {
    }

    public static Result apply(Document old, List<String> newTexts) {
        List<Paragraph> olds = old.paragraphs();
        int[] matchOfNew = new int[newTexts.size()];
        java.util.Arrays.fill(matchOfNew, -1);
        boolean[] oldUsed = new boolean[olds.size()];
        boolean[] anchor = new boolean[newTexts.size()];

        Map<String, TreeSet<Integer>> byText = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            byText.computeIfAbsent(SourceReader.tidy(olds.get(i).source()), k -> new TreeSet<>()).add(i);
        }
        // 1: in-order exact matches are the anchors between which edits are paired up.
        int last = -1;
        for (int j = 0; j < newTexts.size(); j++) {
            TreeSet<Integer> candidates = byText.get(newTexts.get(j));
            Integer i = candidates == null ? null : candidates.ceiling(last + 1);
            if (i != null) {
                candidates.remove(i);
                matchOfNew[j] = i;
                oldUsed[i] = true;
                anchor[j] = true;
                last = i;
            }
        }
        // 2: exact matches out of order are moved paragraphs; they keep everything.
        for (int j = 0; j < newTexts.size(); j++) {
            TreeSet<Integer> candidates = byText.get(newTexts.get(j));
            if (matchOfNew[j] < 0 && candidates != null && !candidates.isEmpty()) {
                int i = candidates.pollFirst();
                matchOfNew[j] = i;
                oldUsed[i] = true;
            }
        }
        int unchanged = (int) java.util.Arrays.stream(matchOfNew).filter(i -> i >= 0).count();
        // 3: between two anchors, unmatched new and old paragraphs pair up in order: those are edits.
        boolean[] changedNew = new boolean[newTexts.size()];
        int oldFrom = 0;
        int j = 0;
        while (j <= newTexts.size()) {
            int gapStart = j;
            while (j < newTexts.size() && !anchor[j]) {
                j++;
            }
            int oldTo = j < newTexts.size() ? matchOfNew[j] : olds.size();
            int i = oldFrom;
            for (int k = gapStart; k < j; k++) {
                if (matchOfNew[k] >= 0) {
                    continue;
                }
                int found = -1;
                for (int candidate = i; candidate < oldTo; candidate++) {
                    if (!oldUsed[candidate] && similar(olds.get(candidate).source(), newTexts.get(k))) {
                        found = candidate;
                        break;
                    }
                }
                if (found < 0) {
                    continue; // nothing like it was here: a new paragraph
                }
                matchOfNew[k] = found;
                oldUsed[found] = true;
                changedNew[k] = true;
                i = found + 1;
            }
            oldFrom = oldTo + 1;
            j++;
        }

        IdMaker ids = new IdMaker(olds);
        List<Paragraph> result = new ArrayList<>(newTexts.size());
        int changed = 0;
        int added = 0;
        for (int k = 0; k < newTexts.size(); k++) {
            String text = newTexts.get(k);
            if (matchOfNew[k] < 0) {
                Map<String, Translation> empty = new LinkedHashMap<>();
                old.targets().forEach(t -> empty.put(t, Translation.EMPTY));
                result.add(new Paragraph(ids.next(), text, empty, "", Map.of(), 0));
                added++;
            } else if (changedNew[k]) {
                result.add(changed(olds.get(matchOfNew[k]), text, old.targets()));
                changed++;
            } else {
                result.add(olds.get(matchOfNew[k]).withSource(text));
            }
        }
        List<Paragraph> removed = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            if (!oldUsed[i]) {
                removed.add(olds.get(i));
            }
        }
        List<String> columns = new ArrayList<>(old.columns());
        if (changed > 0 && !columns.contains(PREVIOUS_COLUMN)) {
            columns.add(columns.indexOf(Columns.SOURCE) + 1, PREVIOUS_COLUMN);
        }
        Document updated = new Document(old.path(), columns, old.targets(), result);
        return new Result(updated, removed, unchanged, changed, added);
    }

    /** An edit rather than a replacement: the two texts share at least 40% of their words (Dice coefficient). */
    static boolean similar(String before, String after) {
        java.util.Set<String> a = words(before);
        java.util.Set<String> b = words(after);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size()) >= 0.4;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static Paragraph changed(Paragraph before, String text, List<String> targets) {
        Map<String, Translation> translations = new LinkedHashMap<>(before.targets());
        for (String tag : targets) {
            Translation t = before.target(tag);
            if (!t.isEmpty()) {
                translations.put(tag, t.withStatus(Status.DRAFT));
            }
        }
        Map<String, String> extra = new LinkedHashMap<>(before.extra());
        // The English the translations were made from; an earlier previous text is kept if not yet reviewed.
        extra.putIfAbsent(PREVIOUS_COLUMN, "");
        if (extra.get(PREVIOUS_COLUMN).isEmpty()) {
            extra.put(PREVIOUS_COLUMN, before.source());
        }
        return new Paragraph(before.id(), text, translations, before.note(), extra, before.line());
    }

    /** New ids that continue the document's {@code p<n>} numbering and never collide. */
    static final class IdMaker {
        private final java.util.Set<String> taken = new java.util.HashSet<>();
        private int next = 1;

        IdMaker(List<Paragraph> existing) {
            for (Paragraph p : existing) {
                taken.add(p.id());
                Matcher m = NUMBERED_ID.matcher(p.id());
                if (m.matches() && m.group(1).length() < 9) {
                    next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
                }
            }
        }

        String next() {
            String id;
            do {
                id = "p" + next++;
            } while (!taken.add(id));
            return id;
        }
    }
}
