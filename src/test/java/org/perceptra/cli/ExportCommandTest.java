package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.data.FeatureScaler;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.WeightsJson;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

class ExportCommandTest {
    @Test
    void aSavedTrainedProjectExportsToAnOnnxFileThatOnnxRuntimeRunsOnRawFeatures(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("moons.perceptra");
        CliRun train = CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "2", "--save",
                trained.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path onnx = dir.resolve("moons.onnx");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "onnx", "--out", onnx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported", "opset 13");
        ModelProto model = ModelProto.parseFrom(Files.readAllBytes(onnx));
        assertThat(model.getIrVersion()).isEqualTo(7);
        assertThat(model.getOpsetImport(0).getVersion()).isEqualTo(13);
        assertThat(model.getOpsetImport(0).getDomain()).isEmpty();
        assertThat(model.getDocString()).contains("first Sub/Div pair");
        TensorShapeProto.Dimension batch = model.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0);
        assertThat(batch.getDimParam()).isEqualTo("N");
        assertThat(model.getGraph().getOutput(0).getType().getTensorType().getShape().getDim(0).getDimParam())
                .isEqualTo("N");

        // The stored weights, predicting in Perceptra on samples scaled by the stored scaler, and the file
        // predicting on the same samples raw, at a batch size other than any used in training.
        Project project = ProjectFiles.load(trained);
        CompiledNetwork network = GraphCompiler.compile(project.graph(), project.training());
        WeightsJson.load(project.results().weightsJson(), network);
        FeatureScaler scaler = WeightsJson.scalers(project.results().weightsJson()).orElseThrow().features();
        float[] raw = {-1.2f, 0.4f, 0.3f, 0.9f, 1.7f, -0.3f, 0.5f, 0.25f, 2.1f, 0.6f};
        float[] scaled = raw.clone();
        scaler.applyInPlace(scaled, 0, 5);
        float[] expected = network.predict(scaled, 5);

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(onnx.toString(), new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(raw), new long[] {5, 2});
             OrtSession.Result result = session.run(Map.of("input", x))) {
            TensorInfo in = (TensorInfo) session.getInputInfo().get("input").getInfo();
            assertThat(in.getShape()).containsExactly(-1, 2);
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] actual = new float[values.remaining()];
            values.get(actual);
            assertThat(actual).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void aProjectWithoutTrainedWeightsIsRefusedWithTheCommandThatTrainsIt(@TempDir Path dir) {
        CliRun run = CliRun.of("export", "sample-projects/xor.perceptra", "--format", "onnx",
                "--out", dir.resolve("xor.onnx").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("holds no trained weights", "perceptra train");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsReportedAsSuch(@TempDir Path dir) {
        Path trained = dir.resolve("xor.perceptra");
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "1", "--save", trained.toString())
                .exitCode()).isZero();
        Path out = dir.resolve("missing").resolve("xor.onnx");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "onnx", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(run.err()).contains("cannot write " + out + ": its folder does not exist.");
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("export", "sample-projects/xor.perceptra", "--format", "tflite",
                "--out", dir.resolve("xor.tflite").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("unknown format 'tflite'", "onnx");
    }
}
