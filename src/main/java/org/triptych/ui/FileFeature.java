package org.triptych.ui;

import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Items;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** File: open a workspace, recent ones, the workspace's documents, save and quit. EDT only. */
final class FileFeature implements Feature {

    static final String MENU = "menu.file";

    private final WorkbenchState state;
    private final UiSettings settings;
    private final Supplier<Window> owner;
    private final Consumer<Path> open;
    private final Runnable save;
    private final Runnable quit;

    FileFeature(WorkbenchState state, UiSettings settings, Supplier<Window> owner, Consumer<Path> open, Runnable save,
                Runnable quit) {
        this.state = state;
        this.settings = settings;
        this.owner = owner;
        this.open = open;
        this.save = save;
        this.quit = quit;
    }

    @Override
    public void install(FeatureRegistry registry) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        registry.menu(MENU, 100);
        registry.add(Command.of("action.openWorkspace", KeyStroke.getKeyStroke(KeyEvent.VK_O, ctrl), new Place(MENU, 100),
                this::chooseAndOpen));
        registry.add(new Items(new Place(MENU, 110), m -> List.of(submenu("menu.recent", m, settings.recent()))));
        registry.add(new Items(new Place(MENU, 120), m -> List.of(submenu("menu.documents", m,
                state.session() == null ? List.of() : state.session().documents()))));
        registry.add(Command.of("action.save", KeyStroke.getKeyStroke(KeyEvent.VK_S, ctrl), new Place(MENU, 200), save));
        registry.add(Command.of("action.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, ctrl), new Place(MENU, 900), quit));
    }

    private JMenuItem submenu(String key, Messages m, List<Path> paths) {
        JMenu menu = new JMenu(m.get(key));
        menu.setName(key);
        for (Path path : paths) {
            JMenuItem item = new JMenuItem(key.equals("menu.recent") ? path.toString() : path.getFileName().toString());
            item.addActionListener(e -> open.accept(path));
            menu.add(item);
        }
        menu.setEnabled(menu.getItemCount() > 0);
        return menu;
    }

    private void chooseAndOpen() {
        JFileChooser chooser = new JFileChooser(state.session() == null ? null : state.session().root().toFile());
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle(state.messages().get("chooser.open"));
        if (chooser.showOpenDialog(owner.get()) == JFileChooser.APPROVE_OPTION) {
            open.accept(chooser.getSelectedFile().toPath());
        }
    }
}
