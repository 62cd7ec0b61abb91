package org.perceptra.ui.live;

/**
 * Something about one layer's numbers that a student should know, in plain words, with a fix to try. Meant for
 * the health view and for a badge on the layer in the canvas.
 */
public record HealthWarning(String node, Level level, String message, String fix) {
    public enum Level { WARNING, ERROR }
}
