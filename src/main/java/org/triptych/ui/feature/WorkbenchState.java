package org.triptych.ui.feature;

import org.triptych.model.Paragraph;

import org.triptych.session.WorkspaceSession;
import org.triptych.task.TaskRunner;
import org.triptych.ui.i18n.Messages;

import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * What the workbench shows, observable: the open workspace's session (null before the first open and while
 * switching), whether it has a document, the language being translated into, the interface language's messages, and
 * one-line messages for the status bar, the window that owns a feature's dialogs and a feature's own preferences; and
 * what a feature may ask of the window: run background work on its task runner (shown in the status bar with Cancel)
 * and open another workspace. Features read it and listen to it instead of reaching into the window. EDT only.
 */
public final class WorkbenchState {

    /** Told after any part of the state changed. */
    public interface Listener {
        void stateChanged(WorkbenchState state);
    }

    /** What a feature may do to the current paragraph's cells, as the translator would (undoable, saved as edits). */
    public interface Editing {
        /** Puts {@code text} at the caret of {@code lang}'s cell of the current paragraph (that cell gets the keyboard). */
        void insert(String lang, String text);

        /** Replaces the text of {@code lang}'s cell of the current paragraph by {@code text}. */
        void replace(String lang, String text);
    }

    private static final Editing NO_EDITING = new Editing() {
        @Override
        public void insert(String lang, String text) {
        }

        @Override
        public void replace(String lang, String text) {
        }
    };

    private final List<Listener> listeners = new ArrayList<>();
    private int currentRow = -1;
    private Editing editing = NO_EDITING;
    private final List<Consumer<String>> messageListeners = new ArrayList<>();
    private WorkspaceSession session;
    private String currentLang;
    private Messages messages;
    private final Supplier<Window> window;
    private final Preferences preferences;
    private final TaskRunner tasks;
    private Consumer<Path> opener = folder -> {
        throw new IllegalStateException("this window opens no workspace: " + folder);
    };

    /**
     * @param window      the owner of dialogs (null when there is no window)
     * @param preferences the node under which each feature keeps its settings (the user's in the app, a
     *                    memory-only node in tests and screenshots)
     * @param tasks       the window's background work
     */
    public WorkbenchState(Messages messages, Supplier<Window> window, Preferences preferences, TaskRunner tasks) {
        this.messages = messages;
        this.window = window;
        this.preferences = preferences;
        this.tasks = tasks;
    }

    /** The window's background work: a task submitted here shows in the status bar, with Cancel. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** Sets how {@link #openWorkspace} opens a folder: the window's File > Open, given by the window. */
    public void setOpener(Consumer<Path> opener) {
        this.opener = opener;
    }

    /** Opens {@code folder} in the window as File > Open does (the workspace open now is saved first). */
    public void openWorkspace(Path folder) {
        opener.accept(folder);
    }

    /** The window that owns dialogs, or null. */
    public Window window() {
        return window.get();
    }

    /** The settings node of the feature {@code featureId} (a short lower-case name), kept between runs. */
    public Preferences preferences(String featureId) {
        return preferences.node("features").node(featureId);
    }

    /** The open workspace, or null. */
    public WorkspaceSession session() {
        return session;
    }

    /** True when a workspace is open. */
    public boolean hasWorkspace() {
        return session != null;
    }

    /** True when a workspace with a document is open. */
    public boolean hasDocument() {
        return session != null && session.editor() != null;
    }

    /** The target language being edited, or null. */
    public String currentLang() {
        return currentLang;
    }

    /** The row of the current paragraph, or -1. */
    public int currentRow() {
        return currentRow;
    }

    /** The current paragraph as the open document's editor has it now, or null. */
    public Paragraph currentParagraph() {
        if (!hasDocument() || currentRow < 0 || currentRow >= session.editor().size()) {
            return null;
        }
        return session.editor().paragraph(currentRow);
    }

    public void setCurrentRow(int row) {
        if (row != currentRow) {
            currentRow = row;
            fire();
        }
    }

    /** How features change the current paragraph's cells. */
    public Editing editing() {
        return editing;
    }

    public void setEditing(Editing editing) {
        this.editing = editing;
    }

    public Messages messages() {
        return messages;
    }

    public void setSession(WorkspaceSession session) {
        this.session = session;
        fire();
    }

    public void setCurrentLang(String lang) {
        if (!java.util.Objects.equals(lang, currentLang)) {
            currentLang = lang;
            fire();
        }
    }

    public void setMessages(Messages messages) {
        this.messages = messages;
        fire();
    }

    /** Something shown changed without a new value here (an edit: undo becomes possible). */
    public void fire() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.stateChanged(this);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Says {@code message} in the status bar for a while. */
    public void say(String message) {
        for (Consumer<String> listener : List.copyOf(messageListeners)) {
            listener.accept(message);
        }
    }

    /** Hears what is said with {@link #say}. */
    public void onMessage(Consumer<String> listener) {
        messageListeners.add(listener);
    }
}
