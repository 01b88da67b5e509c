package org.triptych.ui.suggestions;

import org.triptych.memory.TranslationMemory;
import org.triptych.memory.WorkspaceMemory;
import org.triptych.model.Paragraph;
import org.triptych.session.WorkspaceSession;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Suggestions from the translation memory in the window: the Suggestions panel (beside Glossary and Issues) with the
 * matches of the current paragraph's sentences and the memory's progress while it is built; Ctrl+R replaces the
 * current target with the best match of every sentence; Ctrl+Shift+1…5 inserts match N (its current-language
 * translation at the caret, its other translations into their cells when they are empty); Alt+click in the panel
 * inserts one language; Ctrl+K (Edit > Concordance) searches the memory's English. Installed through
 * {@code META-INF/services}; the session's memory is started when a workspace with a document is shown.
 *
 * <p>EDT only; lookups run on the feature's own worker thread, whose answers are shown when still current.
 */
public final class SuggestionsFeature implements Feature {

    /** Matches shown per sentence. */
    private static final int PER_SENTENCE = 5;
    /** Matches reachable with Ctrl+Shift+N. */
    private static final int KEYED = 5;

    /** Made by {@link #install} on the EDT: the service loader makes features on whichever thread loads them. */
    private SuggestionsPanel panel;
    /** Lookups take a few milliseconds each: off the EDT, one at a time, newest wins. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triptych-suggestions");
        t.setDaemon(true);
        return t;
    });
    private final WorkspaceMemory.Listener memoryChanged = this::memoryChanged;
    private WorkbenchState state;
    private WorkspaceSession session;
    private WorkspaceMemory memory;
    private WorkspaceMemory.Suggestions shown;
    /** What the panel shows suggestions for: the paragraph's id and English and the memory's generation. */
    private Object shownFor;
    private long generation;
    /** The newest lookup asked for; a queued lookup that is no longer the newest is skipped. */
    private volatile long request;
    private ConcordanceDialog concordance;

    @Override
    public void install(FeatureRegistry registry) {
        state = registry.state();
        panel = new SuggestionsPanel();
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        int shift = InputEvent.SHIFT_DOWN_MASK;
        String edit = "menu.edit";
        registry.add(Command.of("action.replaceWithMatch", KeyStroke.getKeyStroke(KeyEvent.VK_R, ctrl), new Place(edit, 500),
                this::replaceWithBest).enabledWhen(() -> state.hasDocument()));
        for (int n = 1; n <= KEYED; n++) {
            int index = n;
            registry.add(Command.of("action.insertMatch" + n, KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, ctrl | shift), null,
                    () -> insert(index)).named(m -> m.format("action.insertMatch", index)));
        }
        registry.add(Command.of("action.concordance", KeyStroke.getKeyStroke(KeyEvent.VK_K, ctrl), new Place(edit, 510),
                this::openConcordance).enabledWhen(() -> state.hasDocument()));
        registry.addPanel(new FeatureRegistry.Panel("suggestions", panel, 150));
        panel.onInsert(this::insert, this::insertOne);
        state.addListener(s -> follow());
        follow();
    }

    /** Follows the state: a new session starts its memory; a new paragraph, language or text asks for suggestions. */
    private void follow() {
        if (state.session() != session) {
            if (memory != null) {
                memory.removeListener(memoryChanged);
            }
            session = state.session();
            memory = null;
            shown = null;
            shownFor = null;
            if (session != null && session.editor() != null) {
                memory = session.memory();
                memory.addListener(memoryChanged);
            }
        }
        refresh();
    }

    private void memoryChanged() {
        generation++;
        refresh();
    }

    private void refresh() {
        Messages messages = state.messages();
        Paragraph paragraph = state.currentParagraph();
        if (memory == null || paragraph == null) {
            panel.setTitle(messages.format("suggestions.title", 0));
            panel.show(List.of(), List.of(), messages);
            shownFor = null;
            return;
        }
        WorkspaceMemory.State memoryState = memory.state();
        if (!memoryState.ready()) {
            panel.setTitle(memoryState.total() == 0 ? messages.get("suggestions.reading")
                    : messages.format("suggestions.building", memoryState.done(), memoryState.total()));
            return;
        }
        List<String> targets = session.editor().targets();
        Object key = List.of(paragraph.id(), paragraph.source(), generation, messages, targets);
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        long mine = ++request;
        WorkspaceMemory looked = memory;
        Path document = session.editor().document().path();
        worker.execute(() -> {
            if (mine != request) {
                return; // the translator has moved on: a lookup for a paragraph already left would only take CPU
            }
            WorkspaceMemory.Suggestions found = looked.suggest(document, paragraph, TranslationMemory.MIN_SCORE, PER_SENTENCE);
            SwingUtilities.invokeLater(() -> {
                if (mine == request && looked == memory) {
                    show(found, memoryState, targets);
                }
            });
        });
    }

    private void show(WorkspaceMemory.Suggestions found, WorkspaceMemory.State memoryState, List<String> targets) {
        Messages messages = state.messages();
        shown = found;
        List<TranslationMemory.Match> all = found.all();
        String title = messages.format("suggestions.title", all.size());
        if (!memoryState.problems().isEmpty()) {
            title += " — " + messages.format("suggestions.problem", String.join("; ", memoryState.problems()));
        }
        panel.setTitle(title);
        panel.show(all, targets, messages);
    }

    /** The suggestions shown when they are the current paragraph's. */
    private Optional<WorkspaceMemory.Suggestions> current() {
        Paragraph paragraph = state.currentParagraph();
        if (shown == null || paragraph == null || !Objects.equals(shown.paragraphId(), paragraph.id())) {
            return Optional.empty();
        }
        return Optional.of(shown);
    }

    /** Ctrl+R: the current target becomes the best match of each sentence, when every sentence has one. */
    private void replaceWithBest() {
        String lang = state.currentLang();
        if (lang == null) {
            return;
        }
        Optional<String> whole = current().flatMap(s -> s.whole(lang));
        if (whole.isEmpty()) {
            state.say(state.messages().format("suggestions.noWhole", Messages.nativeName(lang)));
            return;
        }
        state.editing().replace(lang, whole.get());
    }

    /**
     * Match n (1-based): its translation into the current language at the caret, and its other translations into
     * their cells when those are empty.
     */
    private void insert(int n) {
        String lang = state.currentLang();
        Paragraph paragraph = state.currentParagraph();
        List<TranslationMemory.Match> matches = panel.matches();
        if (lang == null || paragraph == null || current().isEmpty() || n < 1 || n > matches.size()) {
            return;
        }
        TranslationMemory.Match match = matches.get(n - 1);
        for (String other : session.editor().targets()) {
            if (!other.equals(lang) && paragraph.target(other).isEmpty() && !match.entry().target(other).isEmpty()) {
                state.editing().replace(other, match.entry().target(other));
            }
        }
        state.editing().insert(lang, match.entry().target(lang));
    }

    /** Alt+click: one language of match n at the caret of that language's cell. */
    private void insertOne(int n, String lang) {
        List<TranslationMemory.Match> matches = panel.matches();
        if (current().isPresent() && n >= 1 && n <= matches.size()) {
            state.editing().insert(lang, matches.get(n - 1).entry().target(lang));
        }
    }

    private void openConcordance() {
        if (memory == null) {
            return;
        }
        if (concordance == null) {
            concordance = new ConcordanceDialog(SwingUtilities.getWindowAncestor(panel), worker);
        }
        concordance.showFor(memory, session.editor().targets(), state.messages());
    }
}
