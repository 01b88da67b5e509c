package org.triptych.arch;

import org.triptych.check.CheckEngine;
import org.triptych.io.AtomicFiles;
import org.triptych.session.DocumentSync;
import org.triptych.session.GlossaryService;
import org.triptych.session.LiveCheck;
import org.triptych.sync.GlossaryMerge;
import org.triptych.sync.ThreeWayMerge;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
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

    @ArchTest
    static final ArchRule theWindowLeavesWorkspaceLogicToTheSession = noClasses()
            .that().resideInAPackage("org.triptych.ui..")
            .should().callMethodWhere(target(owner(equivalentTo(CheckEngine.class).or(equivalentTo(ThreeWayMerge.class))
                    .or(equivalentTo(GlossaryMerge.class)).or(equivalentTo(AtomicFiles.class)))))
            .orShould().callConstructorWhere(target(owner(equivalentTo(DocumentSync.class).or(equivalentTo(GlossaryService.class))
                    .or(equivalentTo(LiveCheck.class)))))
            .because("merges, saves, glossary rebuilds and the check loop live in the core session; the window shows "
                    + "what it reports")
            .allowEmptyShould(true);
}
