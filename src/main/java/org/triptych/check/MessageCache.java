package org.triptych.check;

import org.triptych.i18n.CoreMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of findings, each formatted once: a large check repeats a few thousand messages (one per missing
 * term and language) hundreds of thousands of times, and formatting one costs more than writing it. Bounded, so
 * a run of unique messages cannot grow it without end. One thread.
 */
final class MessageCache {

    private static final int KEPT = 50_000;

    private final CoreMessages messages;
    private final Map<List<Object>, String> formatted = new HashMap<>();

    MessageCache(CoreMessages messages) {
        this.messages = messages;
    }

    String message(Finding f) {
        List<Object> key = List.of(f.messageKey(), f.arguments());
        String message = formatted.get(key);
        if (message == null) {
            message = messages.format(f.messageKey(), f.arguments());
            if (formatted.size() < KEPT) {
                formatted.put(key, message);
            }
        }
        return message;
    }
}
