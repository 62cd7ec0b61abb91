package org.perceptra.ui.canvas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the two threads that make a frame: the FX thread (events, layout, bounds) and the renderer.
 * On a shared machine wall-clock frames per second say more about the neighbours than about the canvas; the
 * CPU time per frame does not, and its larger half bounds the frame rate an unloaded machine reaches.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** CPU nanoseconds of the calling thread; call it on the FX thread. */
    static long fxThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static long renderer() {
        for (ThreadInfo t : THREADS.dumpAllThreads(false, false)) {
            if (t.getThreadName().startsWith("QuantumRenderer")) {
                return THREADS.getThreadCpuTime(t.getThreadId());
            }
        }
        return 0;
    }
}
