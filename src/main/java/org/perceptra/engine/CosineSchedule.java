package org.perceptra.engine;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * Cosine annealing per step from the base rate down to a floor over the whole run, optionally after a linear
 * warm-up: ND4J 1.0.0-M2.1 has neither. During warm-up step {@code t} uses {@code base * (t + 1) / warmup}
 * (never 0, so the first step learns); afterwards {@code floor + (base - floor) * (1 + cos(pi * s / S)) / 2},
 * where {@code s} counts steps since the warm-up and {@code S} is the number of steps left after it.
 */
public final class CosineSchedule implements ISchedule {
    private final double base;
    private final double floor;
    private final int warmupSteps;
    private final int totalSteps;

    public CosineSchedule(double base, double floor, int warmupSteps, int totalSteps) {
        if (totalSteps < 1 || warmupSteps < 0 || warmupSteps > totalSteps) {
            throw new IllegalArgumentException("warm-up of " + warmupSteps + " steps in a run of " + totalSteps);
        }
        this.base = base;
        this.floor = Math.min(floor, base);
        this.warmupSteps = warmupSteps;
        this.totalSteps = totalSteps;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        if (iteration < warmupSteps) {
            return base * (iteration + 1) / warmupSteps;
        }
        int annealing = Math.max(1, totalSteps - warmupSteps);
        double progress = Math.min(1.0, (iteration - warmupSteps) / (double) annealing);
        return floor + (base - floor) * (1 + Math.cos(Math.PI * progress)) / 2;
    }

    @Override
    public ISchedule clone() {
        return new CosineSchedule(base, floor, warmupSteps, totalSteps);
    }
}
