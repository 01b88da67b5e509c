package org.triptych.cli;

import org.triptych.team.Credentials;
import picocli.CommandLine.Option;

/** The {@code --user} option of the commands that talk to a git remote: the password comes from the environment. */
final class RemoteUserOption {

    /** The environment variable holding the password or token, kept off the command line and the shell history. */
    static final String PASSWORD_VARIABLE = "TRIPTYCH_GIT_PASSWORD";

    @Option(names = "--user", paramLabel = "USER",
            description = "User name for an https remote; the password or token is read from the environment "
                    + "variable " + PASSWORD_VARIABLE + ".")
    String user;

    /** The credentials to offer the remote, or null when no user was given; the caller forgets them after use. */
    Credentials credentials() {
        if (user == null) {
            return null;
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        return new Credentials(user, password == null ? new char[0] : password.toCharArray());
    }
}
