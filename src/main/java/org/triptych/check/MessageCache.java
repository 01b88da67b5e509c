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
    /** Per message key, the messages by their arguments: looked up without making a key per finding. */
    private final Map<String, Map<List<Object>, String>> formatted = new HashMap<>();
    private int kept;

    MessageCache(CoreMessages messages) {
        this.messages = messages;
    }

    String message(Finding f) {
        Map<List<Object>, String> ofKey = formatted.get(f.messageKey());
        String message = ofKey == null ? null : ofKey.get(f.arguments());
        if (message == null) {
            message = messages.format(f.messageKey(), f.arguments());
            if (kept < KEPT) {
                formatted.computeIfAbsent(f.messageKey(), k -> new HashMap<>()).put(f.arguments(), message);
                kept++;
            }
        }
        return message;
    }
}
