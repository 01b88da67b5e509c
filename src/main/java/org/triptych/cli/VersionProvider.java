package org.triptych.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Triptych " + (version == null ? "development build" : version)};
    }
}
