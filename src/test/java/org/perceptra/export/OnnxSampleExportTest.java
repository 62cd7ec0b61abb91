package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.engine.CompiledNetwork;

/**
 * Every sample project whose kinds ONNX export covers: trained for a few batches with its own seed, exported,
 * run in ONNX Runtime on raw samples, and compared with Perceptra's own predictions on the same samples
 * (scaled by Perceptra as training scaled them; the exported model scales them itself).
 */
class OnnxSampleExportTest {
    private static final int SAMPLES = 64;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor", "two-moons", "iris", "spiral", "digits", "diabetes", "mnist-mlp", "mnist-lenet5",
        "residual-block", "sequence-lstm"})
    void theExportPredictsWhatPerceptraPredicts(String sample) throws Exception {
        SampleNetworks trained = SampleNetworks.trained(sample, SAMPLES);
        CompiledNetwork network = trained.network();

        byte[] model = OnnxExport.model(network, trained.optionalScalers(), trained.project().name()).toByteArray();

        float[] expected = trained.expected();
        float[] actual = OnnxRuntimeCheck.run(model, trained.raw(), network.inputShape(), trained.count());

        double diff = OnnxRuntimeCheck.maxAbsDiff(expected, actual);
        System.out.printf("%s: %d bytes, max abs diff %.3g over %d values%n", sample, model.length, diff,
                expected.length);
        // Regression values are in the data's units (diabetes: up to ~350), where one float32 step is 3e-5:
        // there the bar is relative to the values' size.
        assertThat(diff).isLessThanOrEqualTo(1e-5 * trained.scale());
    }
}
