package org.triptych.ui;

import org.triptych.ui.feature.Feature;
import org.triptych.ui.feature.FeatureRegistry;
import org.triptych.ui.feature.FeatureRegistry.Command;
import org.triptych.ui.feature.FeatureRegistry.Place;
import org.triptych.ui.feature.WorkbenchState;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * Import and export: File > Import source, Import translations, Export, Export translated document; Glossary >
 * Import, Export. EDT only.
 */
final class ExchangeFeature implements Feature {

    private final ExchangeController exchange;
    private final WorkbenchState state;

    ExchangeFeature(ExchangeController exchange, WorkbenchState state) {
        this.exchange = exchange;
        this.state = state;
    }

    @Override
    public void install(FeatureRegistry registry) {
        String file = FileFeature.MENU;
        registry.add(Command.of("action.importSource", null, new Place(file, 300), exchange::importSource)
                .enabledWhen(state::hasWorkspace));
        registry.add(Command.of("action.importTranslations", null, new Place(file, 310), exchange::importTranslations)
                .enabledWhen(state::hasDocument));
        registry.add(Command.of("action.export", KeyStroke.getKeyStroke(KeyEvent.VK_E, InputEvent.CTRL_DOWN_MASK),
                new Place(file, 320), exchange::exportDocument).enabledWhen(state::hasDocument));
        registry.add(Command.of("action.exportTarget", null, new Place(file, 325), exchange::exportTargetDocument)
                .enabledWhen(state::hasDocument));
        registry.add(Command.of("action.importGlossary", null, new Place(GlossaryFeature.MENU, 200), exchange::importGlossary)
                .enabledWhen(state::hasWorkspace));
        registry.add(Command.of("action.exportGlossary", null, new Place(GlossaryFeature.MENU, 210), exchange::exportGlossary)
                .enabledWhen(state::hasWorkspace));
    }
}
