package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perceptra.model.Shape;

class DatasetLoaderTest {
    @ParameterizedTest
    @EnumSource(BundledDataset.class)
    void bundledSetsLoadWithTheSignatureTheyPromise(BundledDataset set) throws DataException {
        Dataset data = DatasetLoader.load(new DataSource.Bundled(set, List.of()), null);

        assertThat(data.signature()).isEqualTo(set.signature(List.of()));
        assertThat(data.description()).contains(set.provenance());
        assertThat(data.notes()).isEmpty();
        assertThat(NonFiniteCheck.first(data)).isEmpty();
    }

    @Test
    void bundledSetsHaveTheirKnownSizes() throws DataException {
        assertThat(bundled(BundledDataset.IRIS).classCounts()).containsExactly(50, 50, 50);
        assertThat(bundled(BundledDataset.DIGITS).size()).isEqualTo(1797);
        assertThat(bundled(BundledDataset.DIABETES).size()).isEqualTo(442);
        assertThat(bundled(BundledDataset.DIABETES).featureNames()).startsWith("age", "sex", "bmi");
    }

    @Test
    void mnistHasTenThousandUnitScaledImagesOfAllDigits() throws DataException {
        Dataset mnist = bundled(BundledDataset.MNIST_10K);

        assertThat(mnist.size()).isEqualTo(10_000);
        assertThat(java.util.Arrays.stream(mnist.classCounts()).boxed()).allSatisfy(n -> assertThat(n).isBetween(800, 1200));
        float max = 0;
        for (int i = 0; i < 784; i++) {
            max = Math.max(max, mnist.feature(0, i));
        }
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void bundledSetsAreReshapedOnRequest() throws DataException {
        Dataset flat = DatasetLoader.load(new DataSource.Bundled(BundledDataset.MNIST_10K, List.of(784)), null);
        Dataset digits = DatasetLoader.load(new DataSource.Bundled(BundledDataset.DIGITS, List.of(1, 8, 8)), null);

        assertThat(flat.featureShape()).isEqualTo(Shape.of(784));
        assertThat(digits.signature()).isEqualTo(BundledDataset.DIGITS.signature(List.of(1, 8, 8)));
        assertThatThrownBy(() -> DatasetLoader.load(new DataSource.Bundled(BundledDataset.IRIS, List.of(3)), null))
                .isInstanceOf(DataException.class).hasMessage("iris: Samples have 4 values [4]; they cannot be"
                        + " reshaped to [3].");
    }

    @Test
    void relativeCsvPathsResolveAgainstTheProjectFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/points.csv"), "x,y,label\n0,1,a\n1,0,b\n");
        DataSource csv = new DataSource.Csv("data/points.csv", List.of("x", "y"), "label", true);

        assertThat(DatasetLoader.load(csv, dir).size()).isEqualTo(2);
        assertThat(DatasetLoader.resolve("/abs/file.csv", dir)).isEqualTo(Path.of("/abs/file.csv"));
    }

    @Test
    void aCsvSourceCarriesItsMissingValuePolicy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gaps.csv"), "x,y,label\n0,1,a\n,0,b\n2,2,a\n5,5,b\n");
        DataSource.Csv drop = new DataSource.Csv("gaps.csv", List.of("x", "y"), "label", true);

        assertThat(DatasetLoader.load(drop, dir).size()).isEqualTo(3);
        Dataset filled = DatasetLoader.load(drop.withMissing(CsvOptions.MissingValues.IMPUTE), dir);
        assertThat(filled.size()).isEqualTo(4);
        assertThat(filled.features().get(2)).isCloseTo(7f / 3, org.assertj.core.data.Offset.offset(1e-6f)); // row 1, x: the mean of 0, 2 and 5 is 7/3
    }

    @Test
    void idxSourcesResolveBothFiles(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("img"), IdxReaderTest.idx(IdxReader.IMAGES_MAGIC, 2, 3, 3));
        Files.write(dir.resolve("lab"), IdxReaderTest.idx(IdxReader.LABELS_MAGIC, 2));

        assertThat(DatasetLoader.load(new DataSource.Idx("img", "lab"), dir).size()).isEqualTo(2);
    }

    @Test
    void generatorsAndNoneAreDispatched() throws DataException {
        DataSource g = new DataSource.Generated(Generator.TWO_MOONS, 50, 0.1, 3);

        assertThat(DatasetLoader.load(g, null)).isEqualTo(SyntheticData.generate(Generator.TWO_MOONS, 50, 0.1, 3));
        assertThatThrownBy(() -> DatasetLoader.load(new DataSource.None(), null))
                .isInstanceOf(DataException.class).hasMessageContaining("No dataset is chosen");
        assertThatThrownBy(() -> DatasetLoader.load(new DataSource.Csv(" ", List.of(), "y", true), null))
                .hasMessageContaining("No file is chosen");
    }

    private static Dataset bundled(BundledDataset set) throws DataException {
        return DatasetLoader.load(new DataSource.Bundled(set, List.of()), null);
    }
}
