package org.perceptra.ui.live.evaluation;

import java.util.List;
import java.util.Optional;
import org.perceptra.data.Dataset;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.PreparedData;
import org.perceptra.model.Shape;

/**
 * The part of a run's data that the evaluation views describe (validation, or training when there is none, as
 * the engine chooses), so that a sample index in an {@code EvaluationSnapshot} leads to its features. Holds the
 * prepared (scaled) part itself, shared and never copied, and gives samples back in the data's own units for
 * drawing. Immutable.
 *
 * @param name    "validation", "training", or "" when there is no run
 * @param picture the [C, H, W] to draw each sample as, or null when samples are not pictures
 */
public record EvaluatedPart(String name, Dataset samples, FeatureScaler scaler, Shape picture) {
    public static final EvaluatedPart NONE = new EvaluatedPart("", Dataset.ofClasses(new float[0], Shape.of(1),
            new int[0], List.of("none")), FeatureScaler.identity(Shape.of(1)), null);

    /** The part the engine evaluates for these data; {@code picture} from the samples' shape. */
    public static EvaluatedPart of(PreparedData data, Shape picture) {
        boolean validation = data.validation().size() > 0;
        return new EvaluatedPart(validation ? "validation" : "training",
                validation ? data.validation() : data.train(), data.scaler(), picture);
    }

    public int size() {
        return samples.size();
    }

    public Optional<Shape> pictureShape() {
        return Optional.ofNullable(picture);
    }

    /**
     * One sample's features in the data's own units (before scaling). Scalers are affine per position, so the
     * scaled images of an all-0 and an all-1 sample give the way back.
     */
    public float[] original(int sample) {
        float[] scaled = samples.sample(sample);
        float[] zero = scaler.apply(new float[scaled.length]);
        float[] ones = new float[scaled.length];
        java.util.Arrays.fill(ones, 1f);
        float[] one = scaler.apply(ones);
        for (int j = 0; j < scaled.length; j++) {
            scaled[j] = (scaled[j] - zero[j]) / (one[j] - zero[j]);
        }
        return scaled;
    }

    /** The largest original value among the first samples: pictures are drawn from 0 to it (16 for digits, 1 or 255 for MNIST). */
    public float brightest() {
        float max = 0;
        for (int i = 0; i < Math.min(size(), 200); i++) {
            for (float v : original(i)) {
                if (Float.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? max : 1;
    }
}
