package org.triptych.ui;

import org.triptych.ui.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

/**
 * The window's remembered choices: interface language, theme, text size, recent workspaces, and the paragraph
 * each document was left at. Backed by a
 * {@link Preferences} node given by the caller, so tests use their own node and never touch the user's.
 */
public final class UiSettings {

    public static final int MAX_RECENT = 8;
    public static final int MIN_TEXT_SIZE = 10;
    public static final int MAX_TEXT_SIZE = 32;

    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The node these settings live in; features keep theirs below it. */
    public Preferences node() {
        return node;
    }

    /** The user's own settings. */
    public static UiSettings user() {
        return new UiSettings(Preferences.userRoot().node("org/triptych/ui"));
    }

    /** Settings that live only as long as this object: for screenshots and tests, never the user's. */
    public static UiSettings inMemory() {
        return new UiSettings(new MemoryPreferences());
    }

    /** The chosen interface language, or the system's when none was chosen. */
    public Locale language() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? Messages.desktopLanguage() : Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void setDark(boolean dark) {
        node.putBoolean("dark", dark);
    }

    public int textSize() {
        return Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, node.getInt("textSize", 15)));
    }

    public void setTextSize(int size) {
        node.putInt("textSize", Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, size)));
    }

    /** Recently opened workspaces or documents, most recent first. */
    public List<Path> recent() {
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, "");
            if (!value.isEmpty()) {
                list.add(Path.of(value));
            }
        }
        return list;
    }

    public void addRecent(Path path) {
        List<Path> list = new ArrayList<>(recent());
        Path absolute = path.toAbsolutePath().normalize();
        list.remove(absolute);
        list.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** The id of the paragraph the translator was at in {@code document} when last there, or "" when not known. */
    public String lastParagraph(Path document) {
        return node.get(placeKey(document), "");
    }

    public void setLastParagraph(Path document, String paragraphId) {
        node.put(placeKey(document), paragraphId);
    }

    /** A key of bounded length for a document however long its path (preference keys are at most 80 characters). */
    private static String placeKey(Path document) {
        String path = document.toAbsolutePath().normalize().toString();
        return "place." + UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
    }
}
