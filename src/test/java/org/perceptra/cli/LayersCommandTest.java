package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerKind;

class LayersCommandTest {
    @Test
    void listsEveryKindOfTheCatalogueUnderItsFamily() {
        CliRun run = CliRun.of("layers");

        assertThat(run.exitCode()).isZero();
        for (LayerKind k : LayerCatalog.standard().all()) {
            assertThat(run.out()).contains(k.id()).contains(k.family().title());
        }
    }

    @Test
    void describesOneKindWithItsParametersRangesAndDefaults() {
        CliRun run = CliRun.of("layers", "conv2d");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Conv2D (Convolution)", "kernelSize", "default 3", "one of valid, same");
    }

    @Test
    void unknownKindNamesTheKnownOnes() {
        CliRun run = CliRun.of("layers", "Convolution3D");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("Convolution3D", "Conv2D", "LSTM");
    }
}
