package org.triptych.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that drives a real window (AssertJ Swing, a shown frame or dialog). Such classes run
 * in Surefire's {@code gui-tests} execution, where a test that fails once is run again and counted as a
 * flake; every other test runs once. {@code org.triptych.arch.GuiTestTagTest} fails when a window test
 * lacks this mark.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(GuiTest.TAG)
public @interface GuiTest {

    /** The JUnit tag the pom selects the GUI execution by. */
    String TAG = "gui";
}
