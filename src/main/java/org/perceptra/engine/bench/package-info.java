/**
 * Training-speed benchmarks of the engine: fixed networks on generated data, timed after a long JIT warm-up,
 * printing steps and samples per second. Run with {@code OMP_NUM_THREADS=1}; not part of the test suite.
 */
package org.perceptra.engine.bench;
