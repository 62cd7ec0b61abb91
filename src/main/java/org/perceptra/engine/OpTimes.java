package org.perceptra.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a training step's time goes: nanoseconds and calls per op kind inside the graph, plus named phases
 * around it (filling the batch, the optimiser). Collected only when a benchmark asks for it.
 */
public final class OpTimes {
    private final Map<String, long[]> byName = new LinkedHashMap<>();

    void add(String name, long nanos) {
        long[] t = byName.computeIfAbsent(name, k -> new long[2]);
        t[0] += nanos;
        t[1]++;
    }

    /** Total nanoseconds by op kind or phase. */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** Calls by op kind or phase. */
    public Map<String, Long> calls() {
        Map<String, Long> out = new LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(k, v[1]));
        return out;
    }

    public void clear() {
        byName.clear();
    }
}
