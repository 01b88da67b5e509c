package org.triptych.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core (everything under org.triptych but ui, cli and app) runs headless and knows nothing of the front
 * ends; the command line does not depend on the window. Rules allow packages that do not exist yet.
 */
@AnalyzeClasses(packages = "org.triptych", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRONT_ENDS = {"org.triptych.ui..", "org.triptych.cli..", "org.triptych.app.."};

    @ArchTest
    static final ArchRule coreUsesNoSwingOrAwt = noClasses()
            .that().resideInAPackage("org.triptych..").and().resideOutsideOfPackages(FRONT_ENDS)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("the core must run headless, from the command line and in tests")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreDoesNotKnowTheFrontEnds = noClasses()
            .that().resideInAPackage("org.triptych..").and().resideOutsideOfPackages(FRONT_ENDS)
            .should().dependOnClassesThat().resideInAnyPackage(FRONT_ENDS)
            .because("the window and the command line call the same core services, never the other way round")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandLineDoesNotNeedTheWindow = noClasses()
            .that().resideInAPackage("org.triptych.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.triptych.ui..", "javax.swing..", "java.awt..")
            .because("the command line must work without a display")
            .allowEmptyShould(true);
}
