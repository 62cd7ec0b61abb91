package org.perceptra.ui.training;

import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.EarlyStopping;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;

/**
 * A changeable copy of {@link TrainingSettings} for building the one-field change a panel field makes, since
 * the record has eleven components and only a few withers.
 */
final class SettingsDraft {
    Optimizer optimizer;
    double learningRate;
    double momentum;
    int batchSize;
    int epochs;
    long seed;
    ScheduleType scheduleType;
    int stepEpochs;
    double factor;
    int warmupEpochs;
    double minLearningRate;
    double clipNorm;
    double clipValue;
    double weightDecay;
    boolean stopEarly;
    String monitor;
    int patience;
    double minDelta;
    boolean restoreBest;

    SettingsDraft(TrainingSettings s) {
        optimizer = s.optimizer();
        learningRate = s.learningRate();
        momentum = s.momentum();
        batchSize = s.batchSize();
        epochs = s.epochs();
        seed = s.seed();
        scheduleType = s.schedule().type();
        stepEpochs = s.schedule().stepEpochs();
        factor = s.schedule().factor();
        warmupEpochs = s.schedule().warmupEpochs();
        minLearningRate = s.schedule().minLearningRate();
        clipNorm = s.clipNorm();
        clipValue = s.clipValue();
        weightDecay = s.weightDecay();
        stopEarly = s.earlyStopping().enabled();
        monitor = s.earlyStopping().monitor();
        patience = s.earlyStopping().patience();
        minDelta = s.earlyStopping().minDelta();
        restoreBest = s.earlyStopping().restoreBest();
    }

    TrainingSettings build() {
        return new TrainingSettings(optimizer, learningRate, momentum, batchSize, epochs, seed,
                new Schedule(scheduleType, stepEpochs, factor, warmupEpochs, minLearningRate), clipNorm, clipValue,
                weightDecay, new EarlyStopping(stopEarly, monitor, patience, minDelta, restoreBest));
    }
}
