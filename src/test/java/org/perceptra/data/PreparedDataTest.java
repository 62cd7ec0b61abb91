package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.DatasetSpec.Split;
import org.perceptra.model.Shape;

class PreparedDataTest {
    @Test
    void scalerIsFittedOnTheTrainingPartOnly() throws DataException {
        Dataset all = SyntheticData.generate(Generator.GAUSSIAN, 1000, 0.1, 1);
        DatasetSpec spec = new DatasetSpec(new DataSource.None(), new Split(0.2, 0.2, true, 1, 5),
                Normalization.ZSCORE);

        PreparedData data = PreparedData.prepare(all, spec);

        assertThat(data.train().size()).isEqualTo(600);
        assertThat(data.validation().size()).isEqualTo(200);
        assertThat(data.test().size()).isEqualTo(200);
        assertThat(mean(data.train(), 0)).isCloseTo(0, within(1e-5));
        assertThat(data.scaler()).isEqualTo(FeatureScaler.fit(all.subset(Splits.split(all, spec.split()).train()),
                Normalization.ZSCORE));
        assertThat(mean(data.test(), 0)).isNotCloseTo(0, within(1e-5)); // test data is scaled, not re-centred
    }

    @Test
    void foldsEachHaveTheirOwnScaler() throws DataException {
        Dataset all = Dataset.ofClasses(new float[] {1, 2, 3, 4, 5, 6}, Shape.of(1), new int[] {0, 1, 0, 1, 0, 1},
                List.of());
        DatasetSpec spec = new DatasetSpec(new DataSource.None(), new Split(0.2, 0, false, 3, 1),
                Normalization.MINMAX);

        List<PreparedData> folds = PreparedData.prepareFolds(all, spec);

        assertThat(folds).hasSize(3);
        assertThat(folds.stream().map(PreparedData::scaler).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aStoredScalerIsAppliedAsItIsOnTheSameSplit() throws DataException {
        Dataset all = SyntheticData.generate(Generator.GAUSSIAN, 200, 0.1, 1);
        DatasetSpec spec = new DatasetSpec(new DataSource.None(), new Split(0.2, 0.2, true, 1, 5),
                Normalization.ZSCORE);
        FeatureScaler stored = new FeatureScaler(Normalization.ZSCORE, Shape.of(2), new float[] {10, 0},
                new float[] {2, 1});

        PreparedData data = PreparedData.prepare(all, spec, stored);

        PreparedData fitted = PreparedData.prepare(all, spec);
        assertThat(data.scaler()).isEqualTo(stored);
        assertThat(data.test().size()).isEqualTo(fitted.test().size());
        assertThat(data.test().feature(0, 0)).isEqualTo((all.subset(Splits.split(all, spec.split()).test())
                .feature(0, 0) - 10f) / 2f);
    }

    private static double mean(Dataset data, int feature) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.feature(i, feature);
        }
        return sum / data.size();
    }
}
