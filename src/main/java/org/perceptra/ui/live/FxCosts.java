package org.perceptra.ui.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * For {@link DashboardBenchmark}: FX-thread CPU time spent in each view's work (applying events, redrawing), so that a
 * change can be judged by the CPU it saves rather than by frame rates that depend on the machine's load. Off
 * unless the benchmark switches it on; then one branch per measured call. A measurement inside another counts only
 * for its own name. FX thread only.
 */
final class FxCosts {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static boolean on;
    /** Time measured inside the measurement in progress, so that each name gets only its own share. */
    private static long nested;
    private static final Map<String, long[]> SPENT = new TreeMap<>();

    private FxCosts() {
    }

    static void enable() {
        on = true;
    }

    static void measure(String what, Runnable work) {
        if (!on) {
            work.run();
            return;
        }
        long start = THREADS.getCurrentThreadCpuTime();
        long outer = nested;
        nested = 0;
        try {
            work.run();
        } finally {
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            add(what, spent - nested);
            nested = outer + spent;
        }
    }

    /** Adds {@code nanos} of CPU time to {@code what}. */
    static void add(String what, long nanos) {
        if (on) {
            long[] t = SPENT.computeIfAbsent(what, k -> new long[2]);
            t[0] += nanos;
            t[1]++;
        }
    }

    /** The FX thread's CPU time so far (ns), for measurements that span more than one call. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Nanoseconds and calls per measured name since the last call, and starts again from zero. */
    static Map<String, long[]> takeAll() {
        Map<String, long[]> copy = new TreeMap<>(SPENT);
        SPENT.clear();
        return copy;
    }
}
