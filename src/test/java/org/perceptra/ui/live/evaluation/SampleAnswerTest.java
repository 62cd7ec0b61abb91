package org.perceptra.ui.live.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;

class SampleAnswerTest {
    private static final EvaluationSnapshot SNAPSHOT = new EvaluationSnapshot(10, 1, "validation", 6,
            new int[] {0, 1, 2, 1, 0, 2}, new int[] {0, 2, 2, 0, 1, 1},
            new float[] {0.9f, 0.6f, 0.8f, Float.NaN, 0.95f, 0.7f}, new float[0]);

    @Test
    void mistakesComeMostConfidentFirstWithNaNLastAndAreCapped() {
        List<SampleAnswer> wrong = SampleAnswer.mistakes(SNAPSHOT, 10);
        assertThat(wrong).extracting(SampleAnswer::sample).containsExactly(4, 5, 1, 3);
        assertThat(wrong).noneMatch(SampleAnswer::correct);
        assertThat(SampleAnswer.mistakes(SNAPSHOT, 2)).extracting(SampleAnswer::sample).containsExactly(4, 5);
        assertThat(SampleAnswer.mistakeCount(SNAPSHOT)).isEqualTo(4);
    }

    @Test
    void anAnswerCarriesItsSampleClassesAndConfidence() {
        SampleAnswer a = SampleAnswer.of(SNAPSHOT, 5);
        assertThat(a).isEqualTo(new SampleAnswer(5, 2, 1, 0.7f));
        assertThat(SampleAnswer.of(SNAPSHOT, 2).correct()).isTrue();
    }
}
