package org.perceptra.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks ZGC to keep the window's heap small (decision 0019). Left to itself ZGC lets the heap grow towards its
 * maximum, a quarter of the RAM, for minutes, and every page it adds is new memory that the first thread to
 * write it pays for in page faults: on MNIST the training thread spent a quarter of each step in the kernel.
 * A soft maximum makes ZGC collect sooner and use the same memory again; the heap may still grow past it when
 * a large data set needs the room, up to the hard maximum, which stays as the JVM chose it.
 */
public final class HeapTarget {
    private static final Logger LOG = LoggerFactory.getLogger(HeapTarget.class);
    /** The soft maximum on a machine with room for it. */
    static final long PREFERRED = 1L << 30;

    private HeapTarget() {
    }

    /** The soft maximum for this hard maximum: 1 GiB, or half the hard maximum when that is smaller. */
    static long softMaximumFor(long maxHeap) {
        return Math.min(PREFERRED, maxHeap / 2);
    }

    /**
     * Sets ZGC's soft maximum heap size for this process, unless the collector is another one or the user set the
     * flag on the command line (theirs wins).
     *
     * @return the soft maximum set, if one was
     */
    public static Optional<Long> applyToThisProcess() {
        boolean zgc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("ZGC"));
        if (!zgc) {
            return Optional.empty();
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            VMOption.Origin origin = vm.getVMOption("SoftMaxHeapSize").getOrigin();
            // ZGC sets it to the maximum heap itself (ergonomic); any other origin is a user's choice.
            if (origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC) {
                return Optional.empty();
            }
            long soft = softMaximumFor(Runtime.getRuntime().maxMemory());
            vm.setVMOption("SoftMaxHeapSize", Long.toString(soft));
            return Optional.of(soft);
        } catch (IllegalArgumentException | SecurityException e) {
            // Another JVM without the flag, or one that refuses it: the window works the same, with a larger heap.
            LOG.debug("ZGC's soft maximum heap size was not set", e);
            return Optional.empty();
        }
    }
}
