package org.triptych.team;

import java.util.Arrays;

/**
 * A user name and password (or access token) for an https remote. Kept only by whoever holds this object; {@link
 * #forget} clears the password in memory.
 */
public final class Credentials {
    private final String user;
    private final char[] password;

    public Credentials(String user, char[] password) {
        this.user = user;
        this.password = password.clone();
    }

    public String user() {
        return user;
    }

    char[] password() {
        return password;
    }

    /** Overwrites the password in memory. */
    public void forget() {
        Arrays.fill(password, '\0');
    }
}
