package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.data.Splits;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/**
 * Sessions one after another in one process: compile, start, train a few steps (snapshots included), stop,
 * 200 times. Memory is measured after full collections, so it is what the process still holds rather than
 * garbage waiting for the collector: at cycle 80 and at cycle 200.
 *
 * <p>Why these numbers (measured on the 2-core build machine): each cycle's network holds about 5 MB
 * natively (300k float weights, Adam's two moments, gradients). Keeping every network, on purpose, grew the
 * heap by 1.5 MB and the resident native memory by 6.7 MB a cycle. Without that, the heap stayed within
 * 0.5 MB. Resident memory outside the JVM's heap and class/code areas rose by 70 to 130 MB in the first
 * 80 cycles and by 5 to 116 MB from cycle 80 to 200 (six runs, on a machine loaded by other builds),
 * levelling off in runs of 400 cycles (31 to 42 MB from 80 to 400). Native Memory Tracking put that drift
 * on the JIT compiler's arenas and on glibc keeping freed blocks (with {@code MALLOC_MMAP_THRESHOLD_}
 * fixed, the resident native memory at cycle 40 fell from 250 to 40 MB), not on ND4J. So the native
 * bound, 192 MB over 120 cycles, is loose against that noise and still catches anything that loses a
 * third of each cycle's network. ND4J 1.0.0-M2.1's own counters ({@code Pointer.totalBytes()}, the memory
 * manager's {@code allocatedMemory}) do not see CPU array buffers (0 even with every network kept), so
 * resident memory is the measure; the loop uses no workspaces.
 */
@Tag("memory") // runs in a JVM of its own (pom.xml, execution memory-test)
class SessionCyclesTest {
    private static final int CYCLES = 200;
    private static final int WARM_UP = 80;
    private static final long MB = 1 << 20;

    private static final NetworkGraph NET = TestNet.input(64).dense(512, "relu").dense(512, "relu")
            .output(4, "softmax", "categorical_crossentropy").graph();
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withBatchAndEpochs(32, 100)
            .withSeed(1);

    /** What the process holds after full collections. */
    private record Memory(long heap, long nativeResident) {
        static Memory measure() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50); // ND4J frees native buffers from its own reference-queue threads
            }
            // G1 gives shrunk heap back concurrently: wait until resident memory stops moving.
            Memory last = sample();
            for (int i = 0; i < 40; i++) {
                Thread.sleep(50);
                Memory now = sample();
                if (Math.abs(now.nativeResident - last.nativeResident) < MB) {
                    return now;
                }
                last = now;
            }
            return last;
        }

        private static Memory sample() {
            Runtime rt = Runtime.getRuntime();
            long jvmAreas = rt.totalMemory()
                    + ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted();
            return new Memory(rt.totalMemory() - rt.freeMemory(), Pointer.physicalBytes() - jvmAreas);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "heap %.1f MB, resident outside heap and class/code areas %.1f MB",
                    heap / 1e6, nativeResident / 1e6);
        }
    }

    private static PreparedData data() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 512;
        float[] x = new float[n * 64];
        int[] classes = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            classes[i] = x[i * 64] > 0 ? (x[i * 64 + 1] > 0 ? 0 : 1) : (x[i * 64 + 2] > 0 ? 2 : 3);
        }
        Dataset all = Dataset.ofClasses(x, Shape.of(64), classes, List.of());
        return PreparedData.prepare(all, Splits.split(all, DatasetSpec.Split.DEFAULT), DatasetSpec.Normalization.NONE);
    }

    private static void cycle(PreparedData data) throws InterruptedException {
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(GraphCompiler.compile(NET, SETTINGS), data, SETTINGS);
        TrainingSession session = new TrainingSession(loop, SETTINGS, event -> { });
        session.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (session.iteration() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        session.stop();
        assertThat(session.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
        assertThat(session.iteration()).isGreaterThanOrEqualTo(3);
        loop.releaseData(); // what an owner does once it has read the run's final figures
    }

    @Test
    void twoHundredSessionsInARowKeepMemoryFlat() throws InterruptedException {
        PreparedData data = data();
        Memory warm = null;
        for (int c = 1; c <= CYCLES; c++) {
            cycle(data);
            if (c == WARM_UP) {
                warm = Memory.measure();
            }
        }
        Memory end = Memory.measure();
        System.out.println("session cycles " + WARM_UP + " -> " + CYCLES + ": " + warm + " -> " + end);

        // One network kept per cycle would add 180 MB of heap and 800 MB of native memory over 120 cycles. In a
        // JVM of its own this grows -2 to 40 MB; inside the full suite it had swung by up to 320 MB (other tests'
        // heap and glibc arenas), which is why it runs alone.
        assertThat(end.heap() - warm.heap()).as("Java heap growth").isLessThan(8 * MB);
        assertThat(end.nativeResident() - warm.nativeResident()).as("native resident growth").isLessThan(192 * MB);
    }
}
