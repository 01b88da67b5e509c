package org.triptych.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triptych.task.TaskRunner;
import org.triptych.testing.GuiTest;

import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triptych.ui.WindowTests.onEdt;
import static org.triptych.ui.WindowTests.waitFor;

/** Background work of the window's task runner shows in the status bar with its progress, and its Cancel stops it. */
@GuiTest
class TaskStatusWindowTest {

    private Robot robot;
    private FrameFixture window;
    private MainWindow main;

    @BeforeAll
    static void needsDisplay() {
        WindowTests.requireDisplay("TaskStatusWindowTest");
    }

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        main = WindowTests.newMainWindow();
        window = new FrameFixture(robot, main.frame());
        window.show();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aLongTaskShowsItsNameAndProgressAndTheStatusBarsCancelStopsIt() {
        TaskRunner tasks = onEdt(() -> main.controller().tasks());
        TaskRunner.Task<Integer> task = tasks.submit("Counting words…", progress -> {
            for (int i = 0; ; i++) {
                progress.advance(i % 100, 100);
                Thread.sleep(5); // a unit of slow work
            }
        });
        waitFor("the task in the status bar", () -> window.label("statusTask").target().isShowing());
        javax.swing.JLabel name = window.label("statusTask").target();
        assertThat(onEdt(name::getText)).isEqualTo("Counting words…");
        window.button("statusTaskCancel").click();
        assertThatThrownBy(() -> task.result().get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        waitFor("the status bar without the task", () -> !name.isShowing());
    }
}
