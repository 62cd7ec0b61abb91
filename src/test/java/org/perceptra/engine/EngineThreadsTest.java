package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineThreadsTest {
    @Test
    void halfTheCoresAndNeverNone() {
        assertThat(EngineThreads.threads(1)).isEqualTo(1);
        assertThat(EngineThreads.threads(2)).isEqualTo(1);
        assertThat(EngineThreads.threads(3)).isEqualTo(1);
        assertThat(EngineThreads.threads(16)).isEqualTo(8);
    }
}
