package org.perceptra.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.InferenceGraph;
import org.perceptra.engine.Scalers;
import org.perceptra.export.JavaExport;
import org.perceptra.export.Nd4jExport;
import org.perceptra.model.NetworkGraph;

/**
 * The export formats that run on ND4J itself: {@code nd4j} (a SameDiff file) and {@code java} (a generated class
 * and its weights). Kept apart from {@link ExportCommand}'s ONNX path so each format is one small branch there.
 */
final class CodeExports {
    static final String ND4J = "nd4j";
    static final String JAVA = "java";

    private CodeExports() {
    }

    static boolean handles(String format) {
        return format.equals(ND4J) || format.equals(JAVA);
    }

    static List<String> refusals(String format, NetworkGraph graph) {
        return format.equals(ND4J) ? Nd4jExport.refusals(graph) : JavaExport.refusals(graph);
    }

    /** Writes {@code out} and says what was written and how to use it, in one or two lines. */
    static String write(String format, CompiledNetwork network, Optional<Scalers> scalers, String name, Path out)
            throws IOException {
        if (format.equals(ND4J)) {
            InferenceGraph g = Nd4jExport.write(network, scalers, out);
            return "Exported to " + out + " (ND4J SameDiff file, " + ExportCommand.size(out) + ").\n"
                    + Nd4jExport.usage(g, scalers);
        }
        JavaExport.Written w = JavaExport.write(network, scalers, name, out);
        return "Exported " + w.className() + " to " + w.source() + " and its weights to " + w.weights() + " ("
                + ExportCommand.size(w.weights()) + ").\nIt needs only ND4J 1.0.0-M2.1: new " + w.className()
                + ".load().predict(float[][]) or 'java " + w.className() + " SAMPLES.csv' (features as the data gives"
                + " them).";
    }
}
