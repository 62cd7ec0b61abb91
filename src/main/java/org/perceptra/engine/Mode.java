package org.perceptra.engine;

/**
 * Whether a network runs as while training (Dropout active, BatchNorm on batch statistics) or as when used
 * (Dropout off, BatchNorm on its running averages).
 */
public enum Mode {
    TRAINING,
    INFERENCE
}
