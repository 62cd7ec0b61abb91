package org.perceptra.cli;

import java.util.Locale;
import org.perceptra.engine.session.TrainingEvent;

/**
 * One line per epoch: {@code epoch  3/50  loss 0.4120  val_loss 0.4302  accuracy 0.8810  val_accuracy 0.8750
 * 212.4 steps/s  ETA 0:41}. Speed counts every step since the start, epoch evaluations included, so the time
 * left is what the wall clock will show.
 */
final class ProgressLine {
    private final int epochs;
    private final long totalSteps;
    private final long startNanos;

    ProgressLine(int epochs, int batchesPerEpoch, long startNanos) {
        this.epochs = epochs;
        this.totalSteps = (long) epochs * batchesPerEpoch;
        this.startNanos = startNanos;
    }

    String line(TrainingEvent.EpochEnded e, long nowNanos) {
        int digits = Integer.toString(epochs).length();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "epoch %" + digits + "d/%d  loss %.4f",
                e.epoch() + 1, epochs, e.trainLoss()));
        if (!Double.isNaN(e.validationLoss())) {
            sb.append(String.format(Locale.ROOT, "  val_loss %.4f", e.validationLoss()));
        }
        sb.append(ReportText.headline(e.trainMetrics(), "")).append(ReportText.headline(e.validationMetrics(), "val_"));
        double seconds = (nowNanos - startNanos) / 1e9;
        double speed = seconds > 0 ? e.iteration() / seconds : 0;
        sb.append(String.format(Locale.ROOT, "  %.1f steps/s", speed));
        if (speed > 0) {
            sb.append("  ETA ").append(duration((totalSteps - e.iteration()) / speed));
        }
        return sb.toString();
    }

    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
