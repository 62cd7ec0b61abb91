package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DatasetSpec.Split;
import org.perceptra.model.Shape;

class SplitsTest {
    /** 100 samples: 70 of class 0, 30 of class 1. */
    private static final Dataset UNEVEN = Dataset.ofClasses(new float[100], Shape.of(1),
            IntStream.range(0, 100).map(i -> i < 70 ? 0 : 1).toArray(), List.of());

    private static int[] all(SplitIndices s) {
        int[] joined = IntStream.concat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())),
                Arrays.stream(s.test())).toArray();
        Arrays.sort(joined);
        return joined;
    }

    private static long countClass(int[] rows, int c) {
        return Arrays.stream(rows).filter(i -> UNEVEN.classOf(i) == c).count();
    }

    @Test
    void partsAreDisjointCompleteAndOfTheRequestedSize() {
        SplitIndices s = Splits.split(UNEVEN, new Split(0.2, 0.1, false, 1, 42));

        assertThat(all(s)).containsExactly(IntStream.range(0, 100).toArray());
        assertThat(s.validation()).hasSize(20);
        assertThat(s.test()).hasSize(10);
        assertThat(s.train()).hasSize(70).isSorted();
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        Split split = new Split(0.2, 0.1, true, 1, 42);

        assertThat(Splits.split(UNEVEN, split)).isEqualTo(Splits.split(UNEVEN, split));
        assertThat(Splits.split(UNEVEN, split)).isNotEqualTo(Splits.split(UNEVEN, new Split(0.2, 0.1, true, 1, 43)));
    }

    @Test
    void stratifiedSplitKeepsClassSharesInEveryPart() {
        SplitIndices s = Splits.split(UNEVEN, new Split(0.2, 0.1, true, 1, 7));

        assertThat(countClass(s.validation(), 0)).isEqualTo(14);
        assertThat(countClass(s.validation(), 1)).isEqualTo(6);
        assertThat(countClass(s.test(), 0)).isEqualTo(7);
        assertThat(countClass(s.test(), 1)).isEqualTo(3);
    }

    @Test
    void regressionIgnoresStratification() {
        Dataset values = Dataset.ofValues(new float[10], Shape.of(1), new float[10], 1);

        assertThat(Splits.split(values, new Split(0.3, 0, true, 1, 1)).validation()).hasSize(3);
    }

    @Test
    void everyClassKeepsATrainingSample() {
        Dataset tiny = Dataset.ofClasses(new float[3], Shape.of(1), new int[] {0, 1, 1}, List.of());
        SplitIndices s = Splits.split(tiny, new Split(0.5, 0.4, true, 1, 3));

        assertThat(countIn(tiny, s.train(), 0)).isEqualTo(1);
        assertThat(countIn(tiny, s.train(), 1)).isGreaterThanOrEqualTo(1);
    }

    private static long countIn(Dataset d, int[] rows, int c) {
        return Arrays.stream(rows).filter(i -> d.classOf(i) == c).count();
    }

    @Test
    void largestRemainderGivesExactTotals() {
        assertThat(Splits.allocate(new int[] {3, 3, 4}, 2)).containsExactly(1, 0, 1);
        assertThat(Arrays.stream(Splits.allocate(new int[] {33, 33, 34}, 20)).sum()).isEqualTo(20);
    }

    @Test
    void kFoldValidatesEachSampleOnceAndKeepsTheTestPartOut() throws DataException {
        List<SplitIndices> folds = Splits.folds(UNEVEN, new Split(0.2, 0.1, true, 5, 42));

        assertThat(folds).hasSize(5);
        int[] validated = folds.stream().flatMapToInt(f -> Arrays.stream(f.validation())).sorted().toArray();
        int[] test = folds.get(0).test();
        assertThat(validated).hasSize(90).doesNotHaveDuplicates();
        assertThat(test).hasSize(10);
        for (SplitIndices fold : folds) {
            assertThat(fold.test()).containsExactly(test);
            assertThat(all(fold)).containsExactly(IntStream.range(0, 100).toArray());
            assertThat(fold.validation()).hasSize(18);
            assertThat(countClass(fold.validation(), 1)).isBetween(5L, 6L);
        }
    }

    @Test
    void moreFoldsThanSamplesIsRefused() {
        Dataset three = Dataset.ofClasses(new float[3], Shape.of(1), new int[] {0, 1, 0}, List.of());

        assertThatThrownBy(() -> Splits.folds(three, new Split(0.2, 0, false, 5, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("5 folds need at least 5 samples");
    }
}
