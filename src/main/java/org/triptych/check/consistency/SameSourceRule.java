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
    /**
     * Per document and paragraph, the English as it was when prepared and its normalised form (null when it occurs
     * once): a paragraph whose English has not changed since is looked up without normalising it again.
     */
    private final Map<Path, Map<String, Prepared>> prepared;

    private record Prepared(String english, String normalised) {
    }

    public SameSourceRule() {
        this(null, Map.of());
    }

    private SameSourceRule(Map<String, Map<String, List<Place>>> byEnglish, Map<Path, Map<String, Prepared>> prepared) {
        this.byEnglish = byEnglish;
        this.prepared = prepared;
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
        // First a hash of each English as normalised, made without a copy; only those whose hash recurs are copied.
        Map<Long, Integer> hashes = new HashMap<>();
        List<long[]> hashesOf = new ArrayList<>(documents.size());
        for (Document document : documents) {
            long[] ofDocument = new long[document.paragraphs().size()];
            for (int i = 0; i < ofDocument.length; i++) {
                ofDocument[i] = normalisedHash(document.paragraphs().get(i).source());
                if (ofDocument[i] != TOO_SHORT) {
                    hashes.merge(ofDocument[i], 1, Integer::sum);
                }
            }
            hashesOf.add(ofDocument);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String[]> normalisedOf = new ArrayList<>(documents.size());
        for (int d = 0; d < documents.size(); d++) {
            Document document = documents.get(d);
            String[] normalised = new String[document.paragraphs().size()];
            for (int i = 0; i < normalised.length; i++) {
                long hash = hashesOf.get(d)[i];
                if (hash != TOO_SHORT && hashes.get(hash) >= 2) {
                    normalised[i] = normalised(document.paragraphs().get(i).source());
                    seen.merge(normalised[i], 1, Integer::sum);
                }
            }
            normalisedOf.add(normalised);
        }
        Map<Path, Map<String, Prepared>> prepared = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Document document = documents.get(d);
            Map<String, Prepared> ofDocument = new HashMap<>();
            for (int i = 0; i < document.paragraphs().size(); i++) {
                Paragraph paragraph = document.paragraphs().get(i);
                String english = normalisedOf.get(d)[i];
                boolean repeated = english != null && seen.get(english) >= 2;
                ofDocument.put(paragraph.id(), new Prepared(paragraph.source(), repeated ? english : null));
                if (!repeated) {
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
            prepared.put(document.path(), ofDocument);
        }
        return new SameSourceRule(byEnglish, prepared);
    }

    /** What {@link #normalisedHash} gives an English too short to compare. */
    private static final long TOO_SHORT = Long.MIN_VALUE;

    /**
     * A 64-bit hash of {@link #normalised}{@code (english)}, made without building it; {@link #TOO_SHORT} when that
     * is null.
     */
    private static long normalisedHash(String english) {
        long hash = 1125899906842597L;
        int words = 0;
        boolean space = false;
        for (int i = 0; i < english.length(); i++) {
            char c = english.charAt(i);
            if (c < 0x80 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c)) {
                space = words > 0;
                continue;
            }
            if (words == 0 || space) {
                words++;
                if (space) {
                    hash = 31 * hash + ' ';
                    space = false;
                }
            }
            hash = 31 * hash + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : Character.toLowerCase(c));
        }
        return words < MIN_WORDS ? TOO_SHORT : hash == TOO_SHORT ? hash + 1 : hash;
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
        char[] out = new char[text.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // most characters: ASCII, told apart without Character's tables
                if (c <= ' ' && Character.isWhitespace(c)) {
                    space = length > 0;
                    continue;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isWhitespace(c)) {
                space = length > 0;
                continue;
            } else {
                c = Character.toLowerCase(c);
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    @Override
    public List<Finding> check(CheckContext target) {
        if (byEnglish == null) {
            return List.of();
        }
        String source = target.paragraph().source();
        Prepared known = prepared.getOrDefault(target.document(), Map.of()).get(target.paragraph().id());
        String english = known != null && known.english().equals(source) ? known.normalised() : normalised(source);
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
