package org.triptych.team;

import java.io.IOException;

/**
 * A team operation that could not finish, with a message for the user that says what happened to their work (it
 * is always committed locally before anything is fetched or pushed).
 */
public class TeamException extends IOException {

    /** Why, for a front end that can do something about it. */
    public enum Reason { NOT_SHARED, NO_AUTHOR, CREDENTIALS, REJECTED, NETWORK, OTHER }

    private final Reason reason;

    public TeamException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
