package org.triptych.ui;

import com.formdev.flatlaf.ui.FlatMenuItemRenderer;
import com.formdev.flatlaf.ui.FlatMenuItemUI;
import org.triptych.ui.i18n.KeyNames;

import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;

/**
 * FlatLaf's menu item, showing shortcuts as the keyboard labels them ("Ctrl+=", not AWT's "Ctrl+Equals").
 * Installed for every menu item by {@link #install()}; EDT only, as every Swing UI delegate.
 */
public final class ShortcutMenuItemUI extends FlatMenuItemUI {

    /** Makes every menu item created from now on (and on a theme change) use this delegate. */
    static void install() {
        UIManager.put("MenuItemUI", ShortcutMenuItemUI.class.getName());
    }

    /** Called by Swing through {@link UIManager} for each menu item. */
    public static ComponentUI createUI(JComponent component) {
        return new ShortcutMenuItemUI();
    }

    @Override
    protected FlatMenuItemRenderer createRenderer() {
        return new FlatMenuItemRenderer(menuItem, checkIcon, arrowIcon, acceleratorFont, acceleratorDelimiter) {
            @Override
            protected String getTextForAccelerator(KeyStroke accelerator) {
                return acceleratorText(accelerator);
            }
        };
    }

    /** The text shown beside a menu item for {@code accelerator}. */
    String acceleratorText(KeyStroke accelerator) {
        return KeyNames.of(accelerator);
    }
}
