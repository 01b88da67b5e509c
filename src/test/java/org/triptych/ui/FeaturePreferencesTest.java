package org.triptych.ui;

import org.junit.jupiter.api.Test;
import org.triptych.ui.feature.WorkbenchState;
import org.triptych.ui.i18n.Messages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FeaturePreferencesTest {

    @Test
    void eachFeatureKeepsItsOwnSettingsInTheWindowsNode() {
        UiSettings settings = UiSettings.inMemory();
        WorkbenchState state = new WorkbenchState(Messages.of(Locale.ENGLISH), () -> null, settings.node(), new org.triptych.task.TaskRunner());

        state.preferences("repeats").putBoolean("fill", false);
        state.preferences("team").putBoolean("fill", true);

        assertThat(state.preferences("repeats").getBoolean("fill", true)).isFalse();
        assertThat(state.preferences("team").getBoolean("fill", false)).isTrue();
        assertThat(UiSettings.inMemory().node().node("features").node("repeats").getBoolean("fill", true)).isTrue();
    }
}
