package org.triptych.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/** A preferences node kept in memory only, so screenshots and tests never read or write the user's settings. */
final class MemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();

    MemoryPreferences() {
        this(null, "");
    }

    private MemoryPreferences(MemoryPreferences parent, String name) {
        super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0]; // children made so far are cached by AbstractPreferences itself
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new MemoryPreferences(this, name);
    }

    @Override
    protected void syncSpi() {
        // nothing to synchronise: memory only
    }

    @Override
    protected void flushSpi() {
        // nothing to flush: memory only
    }
}
