package org.triptych.glossary.edit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryTest {

    @Test
    void undoAndRedoWalkBackAndForthThroughAppliedValues() {
        EditHistory<String> history = new EditHistory<>("a", 10);
        history.apply("b");
        history.apply("c");

        assertThat(history.undo()).contains("b");
        assertThat(history.undo()).contains("a");
        assertThat(history.undo()).isEmpty();
        assertThat(history.current()).isEqualTo("a");
        assertThat(history.redo()).contains("b");
        assertThat(history.redo()).contains("c");
        assertThat(history.redo()).isEmpty();
    }

    @Test
    void applyingAfterUndoForgetsTheRedoSteps() {
        EditHistory<String> history = new EditHistory<>("a", 10);
        history.apply("b");
        history.undo();
        history.apply("x");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains("a");
    }

    @Test
    void applyingAnEqualValueRecordsNoStep() {
        EditHistory<String> history = new EditHistory<>("a", 10);

        assertThat(history.apply("a")).isFalse();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void oldestStepsAreDroppedBeyondTheLimit() {
        EditHistory<Integer> history = new EditHistory<>(0, 3);
        for (int i = 1; i <= 5; i++) {
            history.apply(i);
        }

        assertThat(history.undo()).contains(4);
        assertThat(history.undo()).contains(3);
        assertThat(history.undo()).contains(2);
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void resetStartsOverWithoutSteps() {
        EditHistory<String> history = new EditHistory<>("a", 10);
        history.apply("b");
        history.undo();
        history.reset("z");

        assertThat(history.current()).isEqualTo("z");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
    }
}
