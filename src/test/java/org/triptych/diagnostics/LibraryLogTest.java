package org.triptych.diagnostics;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.triptych.io.BadFileException;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the library log lives on each system, and which errors count as a library's. */
class LibraryLogTest {

    private static final Path HOME = Path.of("/home/reader").toAbsolutePath();

    @Test
    void linuxUsesTheXdgStateFolderOrItsDefault() {
        assertThat(LibraryLog.fileFor("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".local/state/triptych/triptych.log"));
        Path state = Path.of("/var/state").toAbsolutePath();
        assertThat(LibraryLog.fileFor("Linux", Map.of("XDG_STATE_HOME", state.toString()), HOME))
                .isEqualTo(state.resolve("triptych/triptych.log"));
        assertThat(LibraryLog.fileFor("Linux", Map.of("XDG_STATE_HOME", "relative/state"), HOME))
                .as("a relative XDG folder is ignored, as the specification says")
                .isEqualTo(HOME.resolve(".local/state/triptych/triptych.log"));
    }

    @Test
    void windowsUsesLocalAppDataAndMacOsItsLogsFolder() {
        Path local = Path.of("/appdata/local").toAbsolutePath();
        assertThat(LibraryLog.fileFor("Windows 11", Map.of("LOCALAPPDATA", local.toString()), HOME))
                .isEqualTo(local.resolve("Triptych/Logs/triptych.log"));
        assertThat(LibraryLog.fileFor("Windows 11", Map.of(), HOME)).isEqualTo(HOME.resolve("AppData/Local/Triptych/Logs/triptych.log"));
        assertThat(LibraryLog.fileFor("Mac OS X", Map.of(), HOME)).isEqualTo(HOME.resolve("Library/Logs/Triptych/triptych.log"));
    }

    @Test
    void anErrorCountsAsALibrarysWhenALibraryThrewSomethingInItsChain() {
        Path file = Path.of("a.docx");
        assertThat(LibraryLog.fromLibrary(new BadFileException(file, 0, "broken", new InvalidFormatException("no")))).isTrue();
        assertThat(LibraryLog.fromLibrary(new BadFileException(file, 3, "bad line"))).isFalse();
        assertThat(LibraryLog.fromLibrary(new BadFileException(file, 0, "file not found", new NoSuchFileException("a.docx")))).isFalse();
        NullPointerException insidePoi = new NullPointerException();
        insidePoi.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.apache.poi.xwpf.X", "m", "X.java", 1)});
        assertThat(LibraryLog.fromLibrary(new BadFileException(file, 0, "broken", insidePoi))).isTrue();
    }
}
