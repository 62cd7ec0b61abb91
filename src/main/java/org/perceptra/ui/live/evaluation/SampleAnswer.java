package org.perceptra.ui.live.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;

/**
 * One evaluated sample: its index in the evaluated part, its true and predicted class, and the probability the
 * network gave its prediction.
 */
public record SampleAnswer(int sample, int actual, int predicted, float confidence) {
    /** Most confident first; a NaN confidence (a diverged network) last. */
    public static final Comparator<SampleAnswer> MOST_CONFIDENT_FIRST = Comparator
            .comparing((SampleAnswer a) -> Float.isNaN(a.confidence()))
            .thenComparing(SampleAnswer::confidence, Comparator.reverseOrder())
            .thenComparingInt(SampleAnswer::sample);

    public boolean correct() {
        return actual == predicted;
    }

    public static SampleAnswer of(EvaluationSnapshot s, int i) {
        return new SampleAnswer(i, s.actual()[i], s.predicted()[i], s.confidence()[i]);
    }

    /** The wrongly classified samples, most confident mistakes first, at most {@code cap} of them. */
    public static List<SampleAnswer> mistakes(EvaluationSnapshot s, int cap) {
        List<SampleAnswer> wrong = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.actual()[i] != s.predicted()[i]) {
                wrong.add(of(s, i));
            }
        }
        wrong.sort(MOST_CONFIDENT_FIRST);
        return List.copyOf(wrong.subList(0, Math.min(cap, wrong.size())));
    }

    /** Number of wrongly classified samples. */
    public static int mistakeCount(EvaluationSnapshot s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            n += s.actual()[i] != s.predicted()[i] ? 1 : 0;
        }
        return n;
    }
}
