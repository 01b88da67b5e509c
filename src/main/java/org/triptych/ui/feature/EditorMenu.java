package org.triptych.ui.feature;

import org.triptych.ui.i18n.Messages;

import javax.swing.JMenuItem;
import java.util.List;

/**
 * A feature's part of the menu a right-click in a target cell opens (spelling suggestions, applying a finding's
 * fix, later the paragraph's history), added with {@link FeatureRegistry#addEditorMenu}. Items are grouped by
 * {@link #position()} as menu items are (a separator between hundreds).
 *
 * @param <T> what {@link #prepare} computes for {@link #items}
 */
public interface EditorMenu<T> {

    /** Where its items go among the others'. */
    int position();

    /** Off the EDT, before the menu shows: anything slow the items need (a dictionary's suggestions); may be null. */
    default T prepare(TargetSpot spot) {
        return null;
    }

    /** On the EDT: the items for {@code spot}, none when it has nothing to offer there. */
    List<JMenuItem> items(TargetSpot spot, T prepared, Messages messages);
}
