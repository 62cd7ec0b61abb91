package org.perceptra.engine;

/** What a stored tensor is for: learned by gradient descent, or a statistic kept up to date (BatchNorm). */
enum ParamRole {
    TRAINABLE,
    STATISTIC
}
