package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+2", "2.", ".5", "-.5", "3e-4", "1E+10", "12.50", "NaN", "-inf", "Infinity"})
    void numbersAreRecognised(String cell) {
        assertThat(Cells.isNumber(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "e5", "1e", "1e+", "1d", "0x10", "1,5", "1.2.3", "12abc", "- 1", "nana"})
    void textIsNotANumber(String cell) {
        assertThat(Cells.isNumber(cell)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "na", "N/A", "?"})
    void missingMarkersAreMissing(String cell) {
        assertThat(Cells.isMissing(cell)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void canonicalLabelsDropTrailingZeros() {
        assertThat(Cells.canonical(3.0)).isEqualTo("3");
        assertThat(Cells.canonical(-2.50)).isEqualTo("-2.5");
        assertThat(Cells.canonical(1e20)).isEqualTo("100000000000000000000");
    }
}
