package org.triptych.diagnostics;

import org.apache.logging.log4j.LogManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the libraries' log goes. POI and XMLBeans log through the Log4j API, and a damaged {@code .docx} makes them
 * log long stack traces; a translator at a terminal should see one line naming the file and the reason, so their
 * log goes to {@code triptych.log} in the user's log folder (created at the first message), never to the terminal.
 * Until {@link #install} is called (tests, embedding) library logging is off. Thread-safe; install once, at start-up,
 * before any library class loads.
 */
public final class LibraryLog {

    public static final String FILE_NAME = "triptych.log";

    private static final String CONFIGURATION = "classpath:org/triptych/diagnostics/library-log.properties";
    private static volatile Path installed;

    private LibraryLog() {
    }

    /** The log file for this user on this system. */
    public static Path defaultFile() {
        return fileFor(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", "")));
    }

    /**
     * Windows: {@code %LOCALAPPDATA%\Triptych\Logs}; macOS: {@code ~/Library/Logs/Triptych}; elsewhere the XDG state
     * folder, {@code $XDG_STATE_HOME/triptych} or {@code ~/.local/state/triptych}.
     */
    static Path fileFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = absolute(env.get("LOCALAPPDATA"));
            return (local != null ? local : home.resolve("AppData").resolve("Local"))
                    .resolve("Triptych").resolve("Logs").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Triptych").resolve(FILE_NAME);
        }
        Path state = absolute(env.get("XDG_STATE_HOME")); // the XDG spec says to ignore a relative path
        return (state != null ? state : home.resolve(".local").resolve("state")).resolve("triptych").resolve(FILE_NAME);
    }

    private static Path absolute(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Sends library logging (warnings and errors) to {@code file}. When its folder cannot be made, logging stays off
     * and {@link #file()} stays null, so no message points to a file that does not exist.
     */
    public static synchronized void install(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException | RuntimeException e) {
            return;
        }
        System.setProperty("triptych.libraryLog", file.toAbsolutePath().toString());
        System.setProperty("log4j2.configurationFile", CONFIGURATION);
        installed = file.toAbsolutePath();
    }

    /** The file library messages go to, or null when {@link #install} was not called or could not make its folder. */
    public static Path file() {
        return installed;
    }

    /**
     * Whether {@code error} came out of a library: some exception in its chain is a library's, or was thrown by a
     * library's code. Such an error's details belong in the log, not in the one-line message.
     */
    public static boolean fromLibrary(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            if (isLibrary(t.getClass().getName()) || trace.length > 0 && isLibrary(trace[0].getClassName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLibrary(String className) {
        return !(className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.") || className.startsWith("org.triptych."));
    }

    /**
     * For a library failure while the log is installed: writes {@code error} with its stack trace to the log and
     * returns {@code " (details in FILE)"} to end the one-line message with; otherwise the empty string.
     */
    public static String details(String summary, Throwable error) {
        Path file = installed;
        if (file == null || !fromLibrary(error)) {
            return "";
        }
        LogManager.getLogger("org.triptych").error(summary, error);
        return " (details in " + file + ")";
    }
}
