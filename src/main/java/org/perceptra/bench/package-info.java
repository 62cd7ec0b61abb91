/**
 * Repeatable timings of Perceptra's own code, run from {@code main} or the CLI's {@code bench} command. Each
 * benchmark warms the JIT up before it measures and reports medians and 95th percentiles, because single runs
 * on a desktop are too noisy to compare.
 */
package org.perceptra.bench;
