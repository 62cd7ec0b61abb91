package org.perceptra.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PerceptraCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Perceptra " + (v == null ? "development build" : v)};
    }
}
