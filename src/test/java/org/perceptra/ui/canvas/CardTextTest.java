package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTextTest {
    @Test
    void shortSummariesStayOnOneLine() {
        assertThat(SummaryLines.pack("16, relu", 24)).isEqualTo("16, relu");
    }

    @Test
    void longSummariesBreakAtCommasKeepingValuesWhole() {
        assertThat(SummaryLines.pack("10, softmax, categorical_crossentropy", 24))
                .isEqualTo("10, softmax,\ncategorical_crossentropy");
        assertThat(SummaryLines.pack("a, b, c, d, e, f, g, h, i, j, k, l, m, n", 24))
                .isEqualTo("a, b, c, d, e, f, g, h,\ni, j, k, l, m, n");
    }

    @Test
    void aSingleLongValueIsLeftForTheLabelToShorten() {
        assertThat(SummaryLines.pack("averyveryverylongsinglevaluewithoutcommas", 24))
                .isEqualTo("averyveryverylongsinglevaluewithoutcommas");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "842,842", "999,999", "2416,2.4k", "48120,48.1k", "125000,125k", "3400000,3.4M", "2500000000,2.5G"})
    void countsAreShortEnoughForAFooter(long n, String expected) {
        assertThat(CountFormat.compact(n)).isEqualTo(expected);
    }
}
