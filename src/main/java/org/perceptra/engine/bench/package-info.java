/**
 * Training-speed benchmarks of the engine ({@code perceptra bench training}): the fixed configurations of
 * {@link org.perceptra.engine.bench.BenchConfigs}, timed after a long JIT warm-up, printing steps and samples
 * per second, optionally beside the PyTorch reference script ({@code /bench/pytorch_reference.py}) run on the
 * same exported data; and what the live views (weight snapshots, decision boundaries) cost beside a step
 * ({@link org.perceptra.engine.bench.SnapshotBenchmark}). Run with {@code OMP_NUM_THREADS=1}; not part of the
 * test suite.
 */
package org.perceptra.engine.bench;
