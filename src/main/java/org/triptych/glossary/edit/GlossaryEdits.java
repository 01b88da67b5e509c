package org.triptych.glossary.edit;

import org.triptych.model.Concept;
import org.triptych.model.Glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The row-level edits of a glossary, each returning a new immutable value. */
public final class GlossaryEdits {

    private GlossaryEdits() {
    }

    /** {@code glossary} with the concept at {@code index} replaced by {@code concept}. */
    public static Glossary replaced(Glossary glossary, int index, Concept concept) {
        List<Concept> copy = new ArrayList<>(glossary.concepts());
        copy.set(index, concept);
        return glossary.withConcepts(copy);
    }

    /** {@code glossary} without the concepts at {@code indices}; the others keep their order. */
    public static Glossary removed(Glossary glossary, Collection<Integer> indices) {
        Set<Integer> doomed = new TreeSet<>(indices);
        List<Concept> kept = new ArrayList<>();
        List<Concept> concepts = glossary.concepts();
        for (int i = 0; i < concepts.size(); i++) {
            if (!doomed.contains(i)) {
                kept.add(concepts.get(i));
            }
        }
        return glossary.withConcepts(kept);
    }
}
