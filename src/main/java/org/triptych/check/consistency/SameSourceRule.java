package org.triptych.check.consistency;

import org.triptych.check.CheckContext;
import org.triptych.check.Finding;
import org.triptych.check.Severity;
import org.triptych.check.WorkspaceRule;
import org.triptych.model.Document;
import org.triptych.model.Paragraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code consistency.same-source}: the same English paragraph (of at least {@value #MIN_WORDS} words; white space and
 * case aside) is translated differently elsewhere among the documents checked together. A hint: the context may
 * call for it. Immutable and thread-safe.
 */
public final class SameSourceRule implements WorkspaceRule {

    public static final String ID = "consistency.same-source";
    static final int MIN_WORDS = 3;

    /** Where a paragraph is and its translation there. */
    private record Place(Path document, String paragraph, String target) {
    }

    /** normalised English -> lang -> places with a non-empty translation. */
    private final Map<String, Map<String, List<Place>>> byEnglish;

    public SameSourceRule() {
        this(null);
    }

    private SameSourceRule(Map<String, Map<String, List<Place>>> byEnglish) {
        this.byEnglish = byEnglish;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    @Override
    public WorkspaceRule prepared(List<Document> documents) {
        Map<String, Map<String, List<Place>>> byEnglish = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Document document : documents) {
            for (Paragraph paragraph : document.paragraphs()) {
                String english = normalised(paragraph.source());
                if (english != null) {
                    seen.merge(english, 1, Integer::sum);
                }
            }
        }
        for (Document document : documents) {
            for (Paragraph paragraph : document.paragraphs()) {
                String english = normalised(paragraph.source());
                if (english == null || seen.get(english) < 2) {
                    continue;
                }
                for (String lang : document.targets()) {
                    String target = paragraph.target(lang).text();
                    if (!target.isBlank()) {
                        byEnglish.computeIfAbsent(english, e -> new HashMap<>())
                                .computeIfAbsent(lang, l -> new ArrayList<>())
                                .add(new Place(document.path(), paragraph.id(), normalisedTarget(target)));
                    }
                }
            }
        }
        return new SameSourceRule(byEnglish);
    }

    /** The English with white space runs made one space, lower case; null when too short to be worth comparing. */
    private static String normalised(String english) {
        String s = normalisedTarget(english);
        int words = s.isEmpty() ? 0 : 1;
        for (int i = 0; i < s.length() && words < MIN_WORDS; i++) {
            if (s.charAt(i) == ' ') {
                words++;
            }
        }
        return words < MIN_WORDS ? null : s;
    }

    /** White space runs made one space, without it at either end, lower case; in one pass, as it runs per paragraph. */
    private static String normalisedTarget(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    @Override
    public List<Finding> check(CheckContext target) {
        if (byEnglish == null) {
            return List.of();
        }
        String english = normalised(target.paragraph().source());
        if (english == null) {
            return List.of();
        }
        List<Place> places = byEnglish.getOrDefault(english, Map.of()).get(target.lang());
        if (places == null) {
            return List.of();
        }
        String own = normalisedTarget(target.target().text());
        for (Place place : places) {
            boolean elsewhere = !(place.paragraph().equals(target.paragraph().id())
                    && place.document().equals(target.document()));
            if (elsewhere && !own.equals(place.target())) {
                String where = place.document().equals(target.document()) ? place.paragraph()
                        : place.document().getFileName() + " " + place.paragraph();
                return List.of(target.findingAt(ID, null, null, "finding.consistency.same-source", where));
            }
        }
        return List.of();
    }
}
