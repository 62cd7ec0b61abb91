package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.layers.StandardLayers;

/** What the PyTorch export promises without running Python: the .npz layout, names, refusals. */
class PyTorchExportTest {
    @Test
    void npyHeaderIsAlignedAndDescribesLittleEndianFloatsInCOrder() {
        byte[] npy = NpzArchive.npy(NpzArchive.Array.of(new float[] {1f, -2.5f, 3f, 4f, 5f, 6f}, 2, 3));

        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(new String(npy, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat((10 + headerLength) % 64).as("data starts on a 64-byte boundary").isZero();
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
        ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLength, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.getFloat()).isEqualTo(1f);
        assertThat(data.getFloat()).isEqualTo(-2.5f);
    }

    @Test
    void oneDimensionalShapesAndCountersAreWrittenAsNumpyWritesThem() {
        String vector = header(NpzArchive.npy(NpzArchive.Array.of(new float[] {1f}, 1)));
        String counter = header(NpzArchive.npy(NpzArchive.Array.scalar(0)));

        assertThat(vector).contains("'shape': (1,)");
        assertThat(counter).contains("'descr': '<i8'", "'shape': ()");
    }

    @Test
    void npzEntriesAreStoredUncompressedUnderTheirNames() throws Exception {
        NpzArchive npz = new NpzArchive();
        npz.put("hidden.weight", NpzArchive.Array.of(new float[] {1f, 2f}, 1, 2));
        npz.put("hidden.bias", NpzArchive.Array.of(new float[] {3f}, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        npz.writeTo(bytes);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED);
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("hidden.weight.npy", "hidden.bias.npy");
    }

    @Test
    void anArrayWhoseSizeDoesNotFitItsShapeIsRefused() {
        assertThatThrownBy(() -> new NpzArchive().put("w", NpzArchive.Array.of(new float[3], 2, 2)))
                .hasMessageContaining("w has 3 values, not the 4");
    }

    @Test
    void nodeIdsBecomeDistinctPythonNamesThatHideNothingOfNnModule() {
        PythonNames names = new PythonNames();

        assertThat(List.of(names.identifier("dense-1"), names.identifier("dense_1"), names.identifier("class"),
                names.identifier("training"), names.identifier("_x"), names.identifier("input")))
                .containsExactly("dense_1", "dense_1_2", "class_", "training_", "layer__x", "input_");
        assertThat(names.className("two moons")).isEqualTo("TwoMoons");
        assertThat(names.className("3-layer net")).isEqualTo("Net3LayerNet");
        assertThat(names.className("!!!")).isEqualTo("Net");
    }

    @Test
    void pythonLiteralsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(PythonNames.literal("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\x01\"");
    }

    @Test
    void theTransposedDenseWeightIsOutByIn() {
        // [in=2, units=3] row-major to [units=3, in=2]
        float[] w = {1, 2, 3, 4, 5, 6};

        assertThat(PyTorchLayers.transpose(w, 2, 3)).containsExactly(1, 4, 2, 5, 3, 6);
    }

    @Test
    void aKindWithoutATranslationIsRefusedByLayerAndKind() {
        var graph = Net.input(4)
                .then("novel", new OnnxKindsExportTest.Unexportable(), Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 1, "activation", "linear", "loss", "mse"))
                .graph();

        assertThat(PyTorchExport.refusals(graph)).singleElement().asString()
                .startsWith("The layer 'novel' (Novelty) cannot be exported to PyTorch: PyTorch export covers "
                        + "Activation, ");
    }

    private static String header(byte[] npy) {
        int length = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        return new String(npy, 10, length, StandardCharsets.US_ASCII);
    }
}
