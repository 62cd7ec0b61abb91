package org.perceptra.model;

/** How bad a diagnostic is. Only {@link #ERROR} stops a network from being trained. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
