package org.triptych.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    /** What {@code triptych --version} prints: {@code Triptych 0.1.0}. */
    public static String line() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return "Triptych " + (version == null ? "development build" : version);
    }
}
