package org.perceptra.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.OpTimes;
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

    /**
     * Trains for {@code seconds} timing every op, and describes where a step's time went: microseconds per step
     * by op kind (largest first, the rest summed up), and what was spent outside them.
     */
    List<String> profile(double seconds) {
        OpTimes times = new OpTimes();
        net.profile(times);
        Timed t;
        try {
            t = run(seconds);
        } finally {
            net.profile(null);
        }
        double stepMicros = 1e6 * t.seconds() / t.steps();
        List<Map.Entry<String, Long>> entries = new ArrayList<>(times.nanos().entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> lines = new ArrayList<>();
        double listed = 0;
        for (Map.Entry<String, Long> e : entries) {
            double micros = e.getValue() / 1e3 / t.steps();
            listed += micros;
            long calls = times.calls().get(e.getKey()) / t.steps();
            lines.add(String.format(Locale.ROOT, "  %-34s %4d x %10.1f us/step %5.1f%%", e.getKey(), calls, micros,
                    100 * micros / stepMicros));
        }
        lines.add(String.format(Locale.ROOT, "  %-34s        %10.1f us/step %5.1f%%", "(elsewhere: Java, batch rows)",
                stepMicros - listed, 100 * (stepMicros - listed) / stepMicros));
        lines.add(String.format(Locale.ROOT, "  %-34s        %10.1f us/step", "whole step (profiled)", stepMicros));
        return lines;
    }
}
