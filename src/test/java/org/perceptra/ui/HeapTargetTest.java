package org.perceptra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapTargetTest {
    @Test
    void oneGibibyteWhereTheHeapMayGrowPastTwo() {
        assertThat(HeapTarget.softMaximumFor(6L << 30)).isEqualTo(1L << 30);
        assertThat(HeapTarget.softMaximumFor(2L << 30)).isEqualTo(1L << 30);
    }

    @Test
    void halfTheHeapOnASmallMachineSoThatTheJvmAcceptsIt() {
        // The JVM refuses a soft maximum above the hard one ("must be less than or equal to the maximum heap size").
        assertThat(HeapTarget.softMaximumFor(512L << 20)).isEqualTo(256L << 20);
    }

    @Test
    void theDefaultCollectorOfTheTestsIsLeftAlone() {
        // Tests run on the JVM's default collector (G1), where a soft maximum means nothing.
        assertThat(HeapTarget.applyToThisProcess()).isEmpty();
    }
}
