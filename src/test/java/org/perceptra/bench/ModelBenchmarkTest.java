package org.perceptra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelBenchmarkTest {

    @Test
    void benchmarkNetworkIsValidAndHasTheRequestedSize() {
        ModelBenchmark.Report r = ModelBenchmark.run(57, 2, 3);

        assertThat(r.nodes()).isEqualTo(57);
        assertThat(r.errors()).isZero(); // timing a graph full of errors would measure the wrong path
        assertThat(r.analyzeMedianMs()).isPositive().isLessThanOrEqualTo(r.analyzeP95Ms());
        assertThat(r.format()).contains("Validator.analyze").contains("57 nodes");
    }
}
