package org.triptych.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.util.UIScale;
import org.triptych.ui.editor.EditorTable;
import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Items;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.i18n.Messages;

import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** View: text size and dark look (applied to the paragraph table here), interface language. EDT only. */
final class ViewFeature implements Feature {

    static final String MENU = "menu.view";

    private final UiSettings settings;
    private final Fonts fonts;
    private final EditorTable table;
    private final Consumer<Locale> language;

    ViewFeature(UiSettings settings, Fonts fonts, EditorTable table, Consumer<Locale> language) {
        this.settings = settings;
        this.fonts = fonts;
        this.table = table;
        this.language = language;
        applyTextSize();
    }

    @Override
    public void install(FeatureRegistry registry) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        registry.menu(MENU, 500);
        registry.add(Command.of("action.larger", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl), new Place(MENU, 100),
                () -> changeTextSize(1)));
        registry.add(Command.of("action.smaller", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), new Place(MENU, 110),
                () -> changeTextSize(-1)));
        registry.add(new Items(new Place(MENU, 120), m -> {
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(m.get("action.dark"), settings.dark());
            item.setName("action.dark");
            item.addActionListener(e -> setDark(item.isSelected()));
            return List.of(item);
        }));
        registry.add(new Items(new Place(MENU, 200), m -> {
            JMenu menu = new JMenu(m.get("menu.language"));
            menu.setName("menu.language");
            ButtonGroup group = new ButtonGroup();
            for (Locale locale : Messages.LANGUAGES) {
                JRadioButtonMenuItem item = new JRadioButtonMenuItem(Messages.nativeName(locale),
                        locale.getLanguage().equals(m.locale().getLanguage()));
                item.setName("language." + locale.getLanguage());
                item.addActionListener(e -> language.accept(locale));
                group.add(item);
                menu.add(item);
            }
            return List.of(menu);
        }));
    }

    private void changeTextSize(int delta) {
        settings.setTextSize(settings.textSize() + delta);
        applyTextSize();
    }

    private void applyTextSize() {
        table.setFont(fonts.text(UIScale.scale((float) settings.textSize())));
        table.editorArea().setFont(table.getFont());
    }

    private void setDark(boolean dark) {
        settings.setDark(dark);
        Workbench.installLookAndFeel(dark, fonts);
        FlatLaf.updateUI();
        applyTextSize();
    }
}
