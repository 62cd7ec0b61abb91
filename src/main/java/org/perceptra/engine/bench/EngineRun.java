package org.perceptra.engine.bench;

import java.util.List;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.TrainingArrays;

/**
 * One configuration trained by the engine, step after step through {@link CompiledNetwork#fitBatch}, the call
 * a training session makes: minibatch rows pulled from the dataset, forward, backward, update, loss read back.
 */
final class EngineRun {
    private static final int CLOCK_EVERY = 5;

    private final CompiledNetwork net;
    private final TrainingArrays arrays;
    private final List<int[]> batches;
    private int next;

    EngineRun(BenchConfig config) {
        this.net = GraphCompiler.compile(config.graph(), config.settings());
        this.arrays = config.data().arrays();
        this.batches = config.data().batches(config.batch());
    }

    /**
     * The JIT warm-up: at least {@code seconds} and {@code steps} (ND4J reaches full speed only after a few
     * thousand steps), but no longer than {@code maxSeconds} (a slow configuration is warm long before).
     */
    void warmUp(double seconds, int steps, double maxSeconds) {
        long start = System.nanoTime();
        int done = 0;
        double elapsed = 0;
        while (elapsed < seconds || (done < steps && elapsed < maxSeconds)) {
            done += run(Math.min(0.5, seconds)).steps();
            elapsed = (System.nanoTime() - start) / 1e9;
        }
    }

    /** Trains for at least {@code seconds}, looking at the clock every few steps. */
    Timed run(double seconds) {
        int steps = 0;
        long start = System.nanoTime();
        while (true) {
            for (int i = 0; i < CLOCK_EVERY; i++) {
                double loss = net.fitBatch(arrays, batches.get(next++ % batches.size()));
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("the benchmark diverged (loss " + loss + ")");
                }
            }
            steps += CLOCK_EVERY;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= seconds) {
                return new Timed(steps, elapsed);
            }
        }
    }
}
