package org.triptych.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.triptych.check.CheckEngine;
import org.triptych.io.AtomicFiles;
import org.triptych.session.DocumentSync;
import org.triptych.session.GlossaryService;
import org.triptych.session.LiveCheck;
import org.triptych.sync.GlossaryMerge;
import org.triptych.sync.ThreeWayMerge;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core (everything under org.triptych but ui, cli and app) runs headless and knows nothing of the front
 * ends; the command line does not depend on the window; the packages form layers without cycles; only the
 * interface-language code reads the default locale. Rules allow packages that do not exist yet.
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

    /**
     * From the bottom: the data model (and the progress/cancel contract every long task takes); files, text
     * and morphology; the services built on them; the workspace session; the front ends, with app as the
     * composition root over the window and the command line. A new package must be placed here.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.triptych..")
            .layer("Model").definedBy("org.triptych.model..", "org.triptych.task..")
            .layer("Basics").definedBy("org.triptych.io..", "org.triptych.text..", "org.triptych.morph..",
                    "org.triptych.i18n..", "org.triptych.paths..", "org.triptych.diagnostics..",
                    "org.triptych.translit..")
            .layer("Services").definedBy("org.triptych.glossary..", "org.triptych.check..", "org.triptych.sync..",
                    "org.triptych.stats..", "org.triptych.exchange..", "org.triptych.export..", "org.triptych.importer..",
                    "org.triptych.memory..", "org.triptych.team..")
            .optionalLayer("Session").definedBy("org.triptych.session..")
            .layer("Window").definedBy("org.triptych.ui..")
            .layer("CommandLine").definedBy("org.triptych.cli..")
            .layer("App").definedBy("org.triptych.app..")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Basics").mayOnlyAccessLayers("Model")
            .whereLayer("Basics").mayOnlyBeAccessedByLayers("Services", "Session", "Window", "CommandLine", "App")
            .whereLayer("Services").mayOnlyAccessLayers("Model", "Basics")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Session", "Window", "CommandLine", "App")
            .whereLayer("Session").mayOnlyAccessLayers("Model", "Basics", "Services")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Window", "CommandLine", "App")
            .whereLayer("Window").mayOnlyBeAccessedByLayers("App")
            .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("App")
            .ensureAllClassesAreContainedInArchitecture()
            .because("a lower layer never knows the ones above it, so the core can be tested and reused alone");

    /** Packages by their second-level name (org.triptych.glossary with glossary.edit, ui with its parts). */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.triptych.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two packages one, to be understood, tested and changed together");

    /**
     * Calls that read the JVM's default locale or load resource bundles, explicitly or implicitly (case
     * conversion and formatting without a locale). Outside the interface-language packages they would make
     * output depend on the machine: the core formats with Locale.ROOT, the window with the interface language.
     */
    private static final DescribedPredicate<JavaCall<?>> READS_DEFAULT_LOCALE = new DescribedPredicate<>(
            "read the default locale or a resource bundle") {
        private final Set<String> implicit = Set.of(
                "java.lang.String.toLowerCase()", "java.lang.String.toUpperCase()",
                "java.lang.String.format(java.lang.String, [Ljava.lang.Object;)",
                "java.lang.String.formatted([Ljava.lang.Object;)",
                "java.io.PrintStream.printf(java.lang.String, [Ljava.lang.Object;)",
                "java.io.PrintStream.format(java.lang.String, [Ljava.lang.Object;)",
                "java.io.PrintWriter.printf(java.lang.String, [Ljava.lang.Object;)",
                "java.io.PrintWriter.format(java.lang.String, [Ljava.lang.Object;)",
                "java.text.MessageFormat.<init>(java.lang.String)",
                "java.text.MessageFormat.format(java.lang.String, [Ljava.lang.Object;)",
                "com.ibm.icu.text.MessageFormat.<init>(java.lang.String)");

        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals("java.util.Locale") && (name.equals("getDefault") || name.equals("setDefault"))
                    || owner.equals("com.ibm.icu.util.ULocale") && (name.equals("getDefault") || name.equals("setDefault"))
                    || owner.equals("java.util.ResourceBundle") && name.equals("getBundle")
                    || implicit.contains(signature(call));
        }

        private String signature(JavaCall<?> call) {
            List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
            return call.getTargetOwner().getName() + "." + call.getName() + "(" + String.join(", ", parameters) + ")";
        }
    };

    @ArchTest
    static final ArchRule onlyInterfaceLanguageCodeReadsTheDefaultLocale = noClasses()
            .that().resideInAPackage("org.triptych..").and().resideOutsideOfPackage("..i18n..")
            .should().callCodeUnitWhere(READS_DEFAULT_LOCALE)
            .because("output must not depend on the machine's locale: the core formats with Locale.ROOT, "
                    + "the window in the interface language (ui.i18n)");
}
