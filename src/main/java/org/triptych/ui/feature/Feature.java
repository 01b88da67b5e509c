package org.triptych.ui.feature;

/**
 * A part of the workbench (the editor, the glossary, the findings, import and export; later suggestions and team
 * sync) that puts its menus, commands, key strokes and panels into the window through the {@link FeatureRegistry}
 * alone, so that adding one touches no central class. Installed on the EDT.
 */
@FunctionalInterface
public interface Feature {

    void install(FeatureRegistry registry);
}
