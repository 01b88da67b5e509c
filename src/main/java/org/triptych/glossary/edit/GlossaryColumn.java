package org.triptych.glossary.edit;

import com.ibm.icu.text.Normalizer2;
import org.triptych.io.Columns;
import org.triptych.io.GlossaryCodec;
import org.triptych.model.Concept;
import org.triptych.model.Glossary;
import org.triptych.model.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One editable column of a glossary as an editor shows it: a language's terms, its forbidden variants,
 * the note, or an unknown column kept verbatim. Reads a concept's cell as text and writes text back into
 * a new concept, keeping everything else of the concept (other cells, unknown values, source line).
 *
 * @param name the language tag for {@link Kind#TERMS} and {@link Kind#FORBIDDEN}, else the file's column name
 */
public record GlossaryColumn(Kind kind, String name) {

    /** What a column holds. */
    public enum Kind { TERMS, FORBIDDEN, NOTE, EXTRA }

    /** How alternatives are shown in one cell; any spacing around {@code |} is accepted back. */
    public static final String DISPLAY_SEPARATOR = " " + GlossaryCodec.SEPARATOR + " ";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    public GlossaryColumn {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The columns an editor shows for {@code glossary}: terms per language, forbidden variants per target
     * language (and for English only when the file has that column), the note, then unknown columns in file order.
     */
    public static List<GlossaryColumn> of(Glossary glossary) {
        List<String> languages = glossary.languages();
        List<String> fileColumns = glossary.columns();
        List<GlossaryColumn> result = new ArrayList<>();
        for (String lang : languages) {
            result.add(new GlossaryColumn(Kind.TERMS, lang));
        }
        for (String lang : languages) {
            if (!lang.equals(Columns.SOURCE) || fileColumns.contains(Columns.forbiddenColumn(lang))) {
                result.add(new GlossaryColumn(Kind.FORBIDDEN, lang));
            }
        }
        result.add(new GlossaryColumn(Kind.NOTE, Columns.NOTE));
        for (String column : fileColumns) {
            boolean known = languages.contains(column) || column.equals(Columns.NOTE)
                    || languages.stream().anyMatch(lang -> Columns.forbiddenColumn(lang).equals(column));
            if (!known) {
                result.add(new GlossaryColumn(Kind.EXTRA, column));
            }
        }
        return List.copyOf(result);
    }

    /** The language whose collation orders this column, when it holds text of one language. */
    public Optional<String> language() {
        return kind == Kind.TERMS || kind == Kind.FORBIDDEN ? Optional.of(name) : Optional.empty();
    }

    /** The cell's text; alternatives are joined with {@link #DISPLAY_SEPARATOR}. */
    public String cell(Concept concept) {
        return switch (kind) {
            case TERMS -> String.join(DISPLAY_SEPARATOR, concept.terms(name).stream().map(Term::text).toList());
            case FORBIDDEN -> String.join(DISPLAY_SEPARATOR, concept.forbidden(name));
            case NOTE -> concept.note();
            case EXTRA -> concept.extra().getOrDefault(name, "");
        };
    }

    /**
     * A copy of {@code concept} with this cell set to {@code text} (NFC-normalised; for terms and forbidden
     * variants split on {@code |} and trimmed, the first alternative preferred).
     */
    public Concept withCell(Concept concept, String text) {
        String value = NFC.normalize(text);
        Map<String, List<Term>> terms = concept.terms();
        Map<String, List<String>> forbidden = concept.forbidden();
        String note = concept.note();
        Map<String, String> extra = concept.extra();
        switch (kind) {
            case TERMS -> {
                List<String> alternatives = GlossaryCodec.split(value);
                List<Term> list = new ArrayList<>();
                for (int i = 0; i < alternatives.size(); i++) {
                    list.add(new Term(name, alternatives.get(i), i == 0));
                }
                terms = replaced(terms, list);
            }
            case FORBIDDEN -> forbidden = replaced(forbidden, GlossaryCodec.split(value));
            case NOTE -> note = value;
            case EXTRA -> {
                Map<String, String> copy = new LinkedHashMap<>(extra);
                copy.put(name, value);
                extra = copy;
            }
        }
        return new Concept(terms, forbidden, note, extra, concept.line());
    }

    private <T> Map<String, List<T>> replaced(Map<String, List<T>> map, List<T> values) {
        Map<String, List<T>> copy = new LinkedHashMap<>(map);
        if (values.isEmpty()) {
            copy.remove(name);
        } else {
            copy.put(name, values);
        }
        return copy;
    }
}
