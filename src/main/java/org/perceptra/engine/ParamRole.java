package org.perceptra.engine;

/**
 * What a stored tensor is for: learned by gradient descent, a weight of a frozen layer (learned once, now kept
 * as it is: no gradient, no optimiser state), or a statistic kept up to date (BatchNorm).
 */
enum ParamRole {
    TRAINABLE,
    FROZEN,
    STATISTIC
}
