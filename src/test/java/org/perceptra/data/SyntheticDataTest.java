package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDataTest {
    @ParameterizedTest
    @EnumSource(Generator.class)
    void sameSeedGivesTheSameDataAndAnotherSeedDoesNot(Generator generator) throws DataException {
        Dataset a = SyntheticData.generate(generator, 200, 0.1, 7);
        Dataset b = SyntheticData.generate(generator, 200, 0.1, 7);
        Dataset c = SyntheticData.generate(generator, 200, 0.1, 8);

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @ParameterizedTest
    @EnumSource(Generator.class)
    void samplesHaveTheGeneratorsSignatureAndFiniteValues(Generator generator) throws DataException {
        Dataset data = SyntheticData.generate(generator, 101, 0.3, 1);

        assertThat(data.size()).isEqualTo(101);
        assertThat(data.featureShape()).isEqualTo(generator.signature().features());
        assertThat(data.signature().targetKind()).isEqualTo(generator.signature().targetKind());
        assertThat(data.signature().targetSize()).isEqualTo(generator.signature().targetSize());
        assertThat(NonFiniteCheck.first(data)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Generator.class, names = {"CIRCLE", "XOR", "GAUSSIAN", "SPIRAL", "TWO_MOONS"})
    void classesAreBalanced(Generator generator) throws DataException {
        assertThat(SyntheticData.generate(generator, 301, 0.2, 3).classCounts()).containsExactly(151, 150);
    }

    @Test
    void circleWithoutNoiseSeparatesDiscFromRing() throws DataException {
        Dataset data = SyntheticData.generate(Generator.CIRCLE, 500, 0, 11);

        for (int i = 0; i < data.size(); i++) {
            double r = Math.hypot(data.feature(i, 0), data.feature(i, 1));
            if (data.classOf(i) == 0) {
                assertThat(r).isLessThanOrEqualTo(2.5 + 1e-6);
            } else {
                assertThat(r).isBetween(3.5 - 1e-6, 5 + 1e-6);
            }
        }
    }

    @Test
    void xorFollowsTheSignRuleEvenWithNoise() throws DataException {
        for (double noise : new double[] {0, 0.5}) {
            Dataset data = SyntheticData.generate(Generator.XOR, 400, noise, 2);
            for (int i = 0; i < data.size(); i++) {
                boolean sameSign = data.feature(i, 0) * data.feature(i, 1) > 0;
                assertThat(data.classOf(i)).isEqualTo(sameSign ? 0 : 1);
            }
        }
    }

    @Test
    void spiralStaysWithinRadiusFiveWithoutNoise() throws DataException {
        Dataset data = SyntheticData.generate(Generator.SPIRAL, 300, 0, 4);

        for (int i = 0; i < data.size(); i++) {
            assertThat(Math.hypot(data.feature(i, 0), data.feature(i, 1))).isLessThanOrEqualTo(5 + 1e-6);
        }
    }

    @Test
    void gaussianBlobsSitAroundTheirCentres() throws DataException {
        Dataset data = SyntheticData.generate(Generator.GAUSSIAN, 2000, 0, 5);
        double[] meanX = new double[2];
        for (int i = 0; i < data.size(); i++) {
            meanX[data.classOf(i)] += data.feature(i, 0) / 1000;
        }

        assertThat(meanX[0]).isCloseTo(2, within(0.1));
        assertThat(meanX[1]).isCloseTo(-2, within(0.1));
    }

    @Test
    void twoMoonsWithoutNoiseLieOnTheirHalfCircles() throws DataException {
        Dataset data = SyntheticData.generate(Generator.TWO_MOONS, 200, 0, 6);

        for (int i = 0; i < data.size(); i++) {
            double cx = data.classOf(i) == 0 ? 0 : 1;
            double cy = data.classOf(i) == 0 ? 0 : 0.5;
            assertThat(Math.hypot(data.feature(i, 0) - cx, data.feature(i, 1) - cy)).isCloseTo(1, within(1e-5));
        }
    }

    @Test
    void regressionPlaneWithoutNoiseIsTheSumOverTen() throws DataException {
        Dataset data = SyntheticData.generate(Generator.REGRESSION_PLANE, 100, 0, 9);

        for (int i = 0; i < data.size(); i++) {
            assertThat(data.value(i, 0)).isCloseTo((data.feature(i, 0) + data.feature(i, 1)) / 10, within(1e-5f));
        }
    }

    @Test
    void regressionGaussianValuesStayWithinPlusMinusOne() throws DataException {
        Dataset data = SyntheticData.generate(Generator.REGRESSION_GAUSSIAN, 500, 0.2, 9);

        for (int i = 0; i < data.size(); i++) {
            assertThat(data.value(i, 0)).isBetween(-1f, 1f);
        }
        assertThat(ValueGenerators.hills(-4, 2.5)).isEqualTo(1);
        assertThat(ValueGenerators.hills(0, 2.5)).isEqualTo(-1);
    }

    @Test
    void sineSequenceTargetContinuesTheWaveWithoutNoise() throws DataException {
        Dataset data = SyntheticData.generate(Generator.SINE_SEQUENCE, 200, 0, 10);

        int checked = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] s = data.sample(i);
            // A sine obeys x[t+1] = k * x[t] - x[t-1] with k = 2cos(step angle); k is read off the last steps.
            if (Math.abs(s[18]) > 0.3) {
                double k = (s[19] + s[17]) / s[18];
                assertThat(data.value(i, 0)).isCloseTo((float) (k * s[19] - s[18]), within(1e-3f));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void badCountsAndNoiseAreRefusedWithTheLimits() {
        assertThatThrownBy(() -> SyntheticData.generate(Generator.CIRCLE, 1, 0, 1))
                .isInstanceOf(DataException.class).hasMessageContaining("from 2 to 1000000");
        assertThatThrownBy(() -> SyntheticData.generate(Generator.CIRCLE, 100, -0.1, 1))
                .isInstanceOf(DataException.class).hasMessageContaining("Noise must be from 0 to 1.0");
        assertThatThrownBy(() -> SyntheticData.generate(Generator.CIRCLE, 100, Double.NaN, 1))
                .isInstanceOf(DataException.class);
    }

    @Test
    void twoDimensionalSetsNameTheirFeatures() throws DataException {
        Dataset data = SyntheticData.generate(new DataSource.Generated(Generator.SPIRAL, 10, 0.1, 1));

        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.description()).startsWith("spiral: 10 samples, noise 0.1, seed 1");
    }
}
