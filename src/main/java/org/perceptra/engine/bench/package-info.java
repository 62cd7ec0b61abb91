/**
 * Training-speed benchmarks of the engine: fixed networks on generated data, timed after a long JIT warm-up,
 * printing steps and samples per second, and what the live views (weight snapshots, decision boundaries) cost
 * beside a step ({@link org.perceptra.engine.bench.SnapshotBenchmark}). Run with {@code OMP_NUM_THREADS=1};
 * not part of the test suite.
 */
package org.perceptra.engine.bench;
