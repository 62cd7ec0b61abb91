package org.perceptra.ui.live;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.perceptra.ui.data.SampleImages;
import org.perceptra.ui.live.evaluation.EvaluatedPart;

/**
 * Pictures of the evaluated part's samples, drawn as the Data panel draws them (ink dark on white), in the data's
 * own units, kept for the last few hundred samples asked for: the same mistakes come back epoch after epoch.
 */
final class Thumbnails {
    private static final int KEEP = 400;

    private final EvaluatedPart part;
    private float brightest = Float.NaN;
    private final Map<Integer, Image> made = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > KEEP;
        }
    };

    Thumbnails(EvaluatedPart part) {
        this.part = part;
    }

    boolean available() {
        return part.pictureShape().isPresent() && part.size() > 0;
    }

    /** The sample as a picture about 56 pixels a side, or null when samples are not pictures or out of range. */
    Image of(int sample) {
        if (!available() || sample < 0 || sample >= part.size()) {
            return null;
        }
        if (Float.isNaN(brightest)) {
            brightest = part.brightest();
        }
        return made.computeIfAbsent(sample, s -> SampleImages.image(part.original(s), part.picture(), brightest));
    }
}
