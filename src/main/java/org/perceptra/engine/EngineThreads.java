package org.perceptra.engine;

import org.nd4j.linalg.factory.Nd4j;

/**
 * How many threads ND4J's ops and BLAS may use. Left to itself ND4J takes every core, and its OpenMP threads
 * wait for each other by spinning: with the small networks of a lesson, and the window drawing on another
 * core, a step then takes up to 80 times longer (iris: 0.5 s of training against 11 to 42 s on a busy
 * 2-core machine). Half the cores (at least one) leaves room for the window and the machine; an
 * {@code OMP_NUM_THREADS} set by the user still wins (decision 0017).
 */
public final class EngineThreads {
    private static volatile boolean configured;
    private static volatile int threads;
    /** OpenMP keeps its thread count per thread: each thread that runs ops sets it once for itself. */
    private static final ThreadLocal<Boolean> SET_HERE = ThreadLocal.withInitial(() -> false);

    private EngineThreads() {
    }

    /** Sets the thread counts once, before the first network is built; later calls do nothing. */
    public static void configure() {
        if (configured) {
            return;
        }
        synchronized (EngineThreads.class) {
            if (configured) {
                return;
            }
            String fromUser = System.getenv("OMP_NUM_THREADS");
            if (fromUser == null || fromUser.isBlank()) {
                threads = threads(Runtime.getRuntime().availableProcessors());
                Nd4j.getEnvironment().setMaxThreads(threads);
                Nd4j.getEnvironment().setMaxMasterThreads(threads);
                Nd4j.factory().blas().setMaxThreads(threads);
            }
            configured = true;
        }
    }

    /** Gives the calling thread the thread count (once per thread; cheap after that). */
    public static void forThisThread() {
        if (SET_HERE.get()) {
            return;
        }
        configure();
        if (threads > 0) {
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        }
        SET_HERE.set(true);
    }

    /** Half the cores, at least one. */
    static int threads(int cores) {
        return Math.max(1, cores / 2);
    }
}
