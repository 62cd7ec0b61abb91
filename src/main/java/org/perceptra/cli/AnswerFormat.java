package org.perceptra.cli;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.data.Dataset;
import org.perceptra.data.PredictionInput;
import org.perceptra.model.LayerNode;
import org.perceptra.onnximport.ImportedModel;

/**
 * What predict reads and writes for one network: the CSV columns it takes, and whether it answers with class
 * probabilities (and which names) or with values (under which name). A project's data says it; an ONNX file says
 * it in its metadata when Perceptra wrote it, and otherwise its output layer does, with numbered classes.
 */
record AnswerFormat(List<String> featureColumns, boolean classification, List<String> classNames,
                    String targetName) {
    static AnswerFormat of(Dataset reference) {
        return new AnswerFormat(PredictionInput.featureColumns(reference), reference.isClassification(),
                reference.classNames(), reference.targetName());
    }

    /** Cross-entropy outputs give classes; one sigmoid unit gives two. */
    static AnswerFormat of(ImportedModel model) {
        var graph = model.project().graph();
        LayerNode input = graph.nodes().stream().filter(n -> n.kind().id().equals("Input")).findFirst().orElseThrow();
        LayerNode output = graph.nodes().stream().filter(n -> n.kind().id().equals("Output")).findFirst()
                .orElseThrow();
        long size = input.params().getInts("shape").stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
        List<String> features = model.featureNames().size() == size ? model.featureNames() : numbered("x", size, 1);
        boolean classes = output.params().getString("loss").endsWith("crossentropy");
        int units = output.params().getInt("units");
        int count = units == 1 ? 2 : units;
        List<String> names = model.classNames().size() == count ? model.classNames() : numbered("", count, 0);
        return new AnswerFormat(features, classes, classes ? names : List.of(), null);
    }

    private static List<String> numbered(String prefix, long count, int first) {
        List<String> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            out.add(prefix + (i + first));
        }
        return out;
    }
}
