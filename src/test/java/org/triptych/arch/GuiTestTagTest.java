package org.triptych.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.triptych.testing.GuiTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class that drives a window carries {@link GuiTest}, so it runs in the GUI execution (with one
 * retry) and no window test hides among the core tests, which run once. A class drives a window when it, a
 * nested class, a test superclass or a test helper it uses depends on AssertJ Swing, AWT's robot, a window
 * type, an option pane or file chooser (they show dialogs) or the application's main window.
 */
class GuiTestTagTest {

    private static final JavaClasses TEST_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.triptych");

    @Test
    void everyTestClassThatDrivesAWindowIsTaggedGui() throws ClassNotFoundException {
        Set<String> drivers = windowDrivers();
        List<String> untagged = new ArrayList<>();
        for (JavaClass test : TEST_CLASSES) {
            if (!test.isTopLevelClass() || !hasTests(test) || !drivers.contains(test.getName())) {
                continue;
            }
            boolean tagged = AnnotationSupport.findRepeatableAnnotations(Class.forName(test.getName()), Tag.class)
                    .stream().anyMatch(tag -> tag.value().equals(GuiTest.TAG));
            if (!tagged) {
                untagged.add(test.getName());
            }
        }
        assertThat(drivers).as("the known window tests are recognised")
                .contains("org.triptych.ui.WorkbenchWindowTest", "org.triptych.ui.glossary.GlossaryEditorPanelTest");
        assertThat(untagged).as("test classes that drive a window but lack @GuiTest").isEmpty();
    }

    /** Top-level test-source classes that drive a window, directly or through other test-source classes. */
    private static Set<String> windowDrivers() {
        Set<String> drivers = new HashSet<>();
        for (JavaClass c : TEST_CLASSES) {
            if (c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass).anyMatch(GuiTestTagTest::isWindowType)) {
                drivers.add(topLevel(c).getName());
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (JavaClass c : TEST_CLASSES) {
                String top = topLevel(c).getName();
                if (drivers.contains(top)) {
                    continue;
                }
                boolean usesDriver = c.getDirectDependenciesFromSelf().stream()
                        .map(d -> topLevel(d.getTargetClass()).getName())
                        .anyMatch(target -> !target.equals(top) && drivers.contains(target) && TEST_CLASSES.contain(target));
                if (usesDriver) {
                    drivers.add(top);
                    grown = true;
                }
            }
        }
        return new TreeSet<>(drivers);
    }

    private static boolean isWindowType(JavaClass target) {
        JavaClass type = target.getBaseComponentType();
        return type.getPackageName().startsWith("org.assertj.swing")
                || type.isAssignableTo("java.awt.Window")
                || type.isAssignableTo("java.awt.Robot")
                || type.getName().equals("javax.swing.JOptionPane") || type.getName().equals("javax.swing.JFileChooser")
                || type.getName().equals("org.triptych.ui.MainWindow");
    }

    private static boolean hasTests(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getRawSuperclass().orElse(null)) {
            if (k.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class))) {
                return true;
            }
        }
        return false;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        for (Optional<JavaClass> outer = c.getEnclosingClass(); outer.isPresent(); outer = outer.get().getEnclosingClass()) {
            top = outer.get();
        }
        return top;
    }
}
