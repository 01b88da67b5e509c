package org.triptych.ui.feature;

import org.triptych.ui.i18n.Messages;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.ServiceLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The one place features put their menus, commands (an id that is also the message key of its name, a key stroke,
 * a place in a menu, whether it is enabled) and panels. The menu bar is built from it and every key stroke is bound
 * from it, so a new feature adds an action without editing the menus. Swing actions are made once per command, so
 * key bindings keep pointing at them across rebuilds. EDT only.
 */
public final class FeatureRegistry {

    /**
     * Where an item goes: a menu id and a position in it. Items are sorted by position; a separator goes between
     * items whose positions differ in the hundreds (100–199 one group, 200–299 the next).
     */
    public record Place(String menu, int position) {
    }

    /**
     * A command of the workbench.
     *
     * @param id      the action's id, also the message key of its name unless {@code name} is given
     * @param key     its key stroke, or null
     * @param place   where it shows in the menus, or null for a key stroke only
     * @param run     what it does (on the EDT)
     * @param enabled whether it can run now; asked again whenever the workbench state changes
     * @param name    its name in the interface language
     */
    public record Command(String id, KeyStroke key, Place place, Runnable run, BooleanSupplier enabled,
                          Function<Messages, String> name) {

        /** A command always enabled, named by its id's message. */
        public static Command of(String id, KeyStroke key, Place place, Runnable run) {
            return new Command(id, key, place, run, () -> true, m -> m.get(id));
        }

        public Command enabledWhen(BooleanSupplier condition) {
            return new Command(id, key, place, run, condition, name);
        }

        public Command named(Function<Messages, String> newName) {
            return new Command(id, key, place, run, enabled, newName);
        }
    }

    /** Menu items made anew at every rebuild (recent files, documents, a check box, a submenu of languages). */
    public record Items(Place place, Function<Messages, List<JMenuItem>> items) {
    }

    /** A panel of the window's side column, top to bottom by position. */
    public record Panel(String id, JComponent component, int position) {
    }

    private final WorkbenchState state;
    private final Map<String, Integer> menus = new LinkedHashMap<>();
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final List<Items> items = new ArrayList<>();
    private final List<Panel> panels = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<EditorMenu<?>> editorMenus = new ArrayList<>();

    /** A registry for the window showing {@code state}. */
    public FeatureRegistry(WorkbenchState state) {
        this.state = state;
    }

    /** What the window shows (the open session, the languages), for features to read and listen to. */
    public WorkbenchState state() {
        return state;
    }

    /**
     * The features the application is built with beyond the window's own: those listed in
     * {@code META-INF/services/org.triptych.ui.feature.Feature}, in class-path order. Any thread.
     */
    public static List<Feature> discovered() {
        return ServiceLoader.load(Feature.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Installs a feature and tells the window (menus rebuilt, keys bound). */
    public void install(Feature feature) {
        installAll(List.of(feature));
    }

    /** Installs features in order, then tells the window once: the menu bar is built once, not once a feature. */
    public void installAll(List<? extends Feature> features) {
        features.forEach(f -> f.install(this));
        changed();
    }

    /** Declares a menu of the menu bar; menus are sorted by position (File 100, Edit 200, …). */
    public void menu(String id, int position) {
        menus.put(id, position);
    }

    /** Adds a command; its id and key stroke must be new. */
    public void add(Command command) {
        if (commands.containsKey(command.id())) {
            throw new IllegalArgumentException("two commands named " + command.id());
        }
        if (command.key() != null) {
            commands.values().stream().filter(c -> command.key().equals(c.key())).findFirst().ifPresent(c -> {
                throw new IllegalArgumentException(command.id() + " takes the key stroke of " + c.id() + ": " + command.key());
            });
        }
        commands.put(command.id(), command);
        Action action = new AbstractAction(command.id()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (command.enabled().getAsBoolean()) {
                    command.run().run();
                }
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, command.key());
        action.putValue(Action.ACTION_COMMAND_KEY, command.id());
        actions.put(command.id(), action);
    }

    public void add(Items made) {
        items.add(made);
    }

    public void addPanel(Panel panel) {
        panels.add(panel);
    }

    /** Adds a part of the target cells' right-click menu. */
    public void addEditorMenu(EditorMenu<?> part) {
        editorMenus.add(part);
    }

    /**
     * Opens the right-click menu of a target cell at ({@code x}, {@code y}) of {@code invoker}: every part prepares
     * on {@code background}, then the menu is built on the EDT and shown while {@code invoker} still is. Nothing
     * shows when no part has an item.
     *
     * @return completed with the menu shown, or null when there was nothing to show
     */
    public CompletableFuture<JPopupMenu> showEditorMenu(TargetSpot spot, Component invoker, int x, int y,
                                                        Executor background) {
        List<EditorMenu<?>> parts = editorMenus.stream().sorted(Comparator.comparingInt(EditorMenu::position)).toList();
        Messages m = state.messages();
        return CompletableFuture.supplyAsync(() -> parts.stream().map(p -> prepared(p, spot)).toList(), background)
                .thenApplyAsync(made -> {
                    JPopupMenu menu = new JPopupMenu();
                    menu.setName("editorMenu");
                    int group = -1;
                    for (Prepared<?> part : made) {
                        List<JMenuItem> items = part.items(spot, m);
                        if (items.isEmpty()) {
                            continue;
                        }
                        int g = part.menu().position() / 100;
                        if (group >= 0 && g != group) {
                            menu.addSeparator();
                        }
                        group = g;
                        items.forEach(menu::add);
                    }
                    if (menu.getComponentCount() == 0 || !invoker.isShowing()) {
                        return null;
                    }
                    menu.show(invoker, x, y);
                    return menu;
                }, SwingUtilities::invokeLater);
    }

    /** A part and what it prepared. */
    private record Prepared<T>(EditorMenu<T> menu, T value) {
        List<JMenuItem> items(TargetSpot spot, Messages m) {
            return menu.items(spot, value, m);
        }
    }

    private static <T> Prepared<T> prepared(EditorMenu<T> part, TargetSpot spot) {
        return new Prepared<>(part, part.prepare(spot));
    }

    /** The Swing action of a command, or null. */
    public Action action(String id) {
        return actions.get(id);
    }

    /** The panels in their order. */
    public List<Panel> panels() {
        return panels.stream().sorted(Comparator.comparingInt(Panel::position)).toList();
    }

    /** Called after every {@link #install}. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    /** Asks every command whether it is enabled now. */
    public void updateEnabled() {
        for (Command command : commands.values()) {
            actions.get(command.id()).setEnabled(command.enabled().getAsBoolean());
        }
    }

    /** Builds the menu bar in the interface language of {@code m}. */
    public JMenuBar menuBar(Messages m) {
        for (Command command : commands.values()) {
            actions.get(command.id()).putValue(Action.NAME, command.name().apply(m));
        }
        JMenuBar bar = new JMenuBar();
        bar.setName("menuBar");
        List<Map.Entry<String, Integer>> order = new ArrayList<>(menus.entrySet());
        order.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Integer> entry : order) {
            String id = entry.getKey();
            record Entry(int position, List<JMenuItem> made) {
            }
            List<Entry> entries = new ArrayList<>();
            for (Command command : commands.values()) {
                if (command.place() != null && command.place().menu().equals(id)) {
                    JMenuItem item = new JMenuItem(actions.get(command.id()));
                    item.setName(command.id());
                    entries.add(new Entry(command.place().position(), List.of(item)));
                }
            }
            for (Items made : items) {
                if (made.place().menu().equals(id)) {
                    entries.add(new Entry(made.place().position(), made.items().apply(m)));
                }
            }
            entries.sort(Comparator.comparingInt(Entry::position));
            JMenu menu = new JMenu(m.get(id));
            menu.setName(id);
            int group = -1;
            for (Entry e : entries) {
                if (group >= 0 && e.position() / 100 != group) {
                    menu.addSeparator();
                }
                group = e.position() / 100;
                e.made().forEach(menu::add);
            }
            bar.add(menu);
        }
        updateEnabled();
        return bar;
    }

    /**
     * Binds every command's key stroke on {@code component} itself, so that the text area and the table (which
     * have their own meanings for Tab, Ctrl+Enter, Ctrl+arrows) run the workbench command instead.
     */
    public void installKeys(JComponent component) {
        for (int condition : new int[]{JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT}) {
            InputMap input = component.getInputMap(condition);
            for (Command command : commands.values()) {
                if (command.key() != null) {
                    input.put(command.key(), command.id());
                }
            }
        }
        for (Map.Entry<String, Action> e : actions.entrySet()) {
            component.getActionMap().put(e.getKey(), e.getValue());
        }
    }
}
