package org.perceptra.ui.training;

/** Tooltips of the training settings: what each one does and a sensible value, in plain words. */
final class Tips {
    static final String OPTIMIZER = "How the weights are moved downhill after each batch. Adam is a good first"
            + " choice; plain SGD is the simplest and the easiest to understand.";
    static final String LEARNING_RATE = "How big a step the optimiser takes. Too big and the loss jumps around or"
            + " explodes; too small and learning crawls. Try 0.001 for Adam, 0.01 to 0.1 for SGD.";
    static final String MOMENTUM = "For SGD with momentum and Nesterov: how much of the previous step carries"
            + " over, like a ball rolling downhill. 0.9 is usual.";
    static final String WEIGHT_DECAY = "Pulls every weight a little towards zero at each step, which fights"
            + " overfitting. 0 turns it off; 0.0001 to 0.01 is typical.";
    static final String SCHEDULE = "How the learning rate changes during training. Lowering it later lets the"
            + " network settle into a good solution.";
    static final String STEP_EPOCHS = "Step: the rate drops every this many epochs. Reduce when progress stalls:"
            + " how many epochs without improvement to wait before lowering it.";
    static final String FACTOR = "The rate is multiplied by this when it drops (0.5 halves it). Exponential decay"
            + " multiplies by it every epoch.";
    static final String WARMUP = "Epochs during which the rate rises from small to its full value, which keeps the"
            + " first steps of a fresh network calm.";
    static final String MIN_RATE = "The lowest the learning rate is allowed to fall.";
    static final String BATCH = "How many samples the network sees before each weight update. Small batches are"
            + " noisy but quick; 32 is a good default.";
    static final String EPOCHS = "How many times the network goes through all training samples.";
    static final String SEED = "Starting point of every random choice (initial weights, shuffling, dropout). The"
            + " same seed gives the same run again.";
    static final String CLIP_NORM = "If the gradient is longer than this, it is shortened to this length before"
            + " the step. Stops one bad batch from throwing training off. 0 turns it off; try 1 to 5.";
    static final String CLIP_VALUE = "Every gradient value is kept between minus this and this. 0 turns it off.";
    static final String EARLY = "Stop training when the watched number has not improved for a while, instead of"
            + " running all epochs.";
    static final String MONITOR = "The number early stopping watches. Validation loss shows overfitting best.";
    static final String PATIENCE = "How many epochs without improvement to wait before stopping.";
    static final String MIN_DELTA = "A change smaller than this does not count as an improvement.";
    static final String RESTORE = "When stopping, go back to the weights of the best epoch rather than keeping the"
            + " last ones.";

    private Tips() {
    }
}
