package org.perceptra.engine.bench;

/** Training steps counted over a measured time. */
public record Timed(int steps, double seconds) {
    public double stepsPerSecond() {
        return steps / seconds;
    }
}
