package org.triptych.session;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The application's session in a child JVM, for the durability tests: opens a workspace copy through
 * {@link WorkspaceSession} as the window does and edits the first Korean cell. {@code edit-once WORKSPACE TEXT}
 * types TEXT, prints "edited" and waits to be stopped; {@code type WORKSPACE} types "edit N" for N = 1, 2, …
 * one edit every 20 ms without ever pausing, printing N after each.
 */
public final class SessionChild {

    private SessionChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        WorkspaceSession<Integer> session = WorkspaceSession.open(Path.of(args[1]), List::size, Runnable::run,
                new DocumentSync.Listener() {
                });
        DocumentEditor editor = session.editor();
        switch (args[0]) {
            case "edit-once" -> {
                editor.setText(0, "ko", args[2]);
                out.println("edited");
                Thread.sleep(60_000); // the test stops this process long before
            }
            case "type" -> {
                for (int n = 1; ; n++) {
                    editor.setText(0, "ko", "edit " + n);
                    out.println(n);
                    Thread.sleep(20); // a fast typist's pace: the pause never reaches the autosave delay
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
