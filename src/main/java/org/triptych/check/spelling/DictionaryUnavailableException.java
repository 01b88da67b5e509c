package org.triptych.check.spelling;

/**
 * A spelling dictionary is missing or cannot be read. The message is one line for the user: which dictionary,
 * where it was looked for, and what to install.
 */
public final class DictionaryUnavailableException extends Exception {

    public DictionaryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
