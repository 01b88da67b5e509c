package org.triptych.team;

import java.util.Objects;

/** Who commits: the name and e-mail git records with every change. */
public record Author(String name, String email) {
    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
    }
}
