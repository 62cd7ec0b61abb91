package org.perceptra.onnximport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.TargetScaler;
import org.perceptra.model.Shape;

/**
 * The scaling a Perceptra export folds into the model, recognised and taken out again: a Sub and/or Div of
 * constants right on the input ({@code (x - centre) / spread}) become the feature scaler, a Mul and/or Add of
 * constants right before the output ({@code y * spread + mean}) the target scaler. The imported project applies
 * them as a trained one does, so it predicts what the file predicts; a model from elsewhere with the same
 * pattern is read the same way, with the same predictions.
 */
final class Scalings {
    private final List<String> tail;
    private String head;
    private boolean divided;
    private float[] centre;
    private float[] spread;
    private float[] targetSpread;
    private float[] targetMean;

    Scalings(GraphProto graph, String input, Map<String, Tensor> constants) {
        this.head = input;
        this.tail = tail(graph, constants);
    }

    /** The Add and Mul (at most one each, Mul first) between the last layer and the graph's output. */
    private static List<String> tail(GraphProto graph, Map<String, Tensor> constants) {
        Map<String, NodeProto> producers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        List<String> found = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        String tensor = graph.getOutputCount() == 1 ? graph.getOutput(0).getName() : "";
        for (NodeProto p = producers.get(tensor); p != null; p = producers.get(tensor)) {
            if (p.getOpType().equals("Identity")) {
                tensor = p.getInput(0);
                continue;
            }
            boolean arithmetic = (p.getOpType().equals("Mul") || p.getOpType().equals("Add"))
                    && p.getInputCount() == 2
                    && constants.containsKey(p.getInput(0)) != constants.containsKey(p.getInput(1));
            if (!arithmetic) {
                break;
            }
            found.add(p.getName());
            ops.add(p.getOpType());
            tensor = constants.containsKey(p.getInput(0)) ? p.getInput(1) : p.getInput(0);
        }
        boolean ordered = ops.isEmpty() || ops.equals(List.of("Add")) || ops.equals(List.of("Mul"))
                || ops.equals(List.of("Add", "Mul"));
        return ordered ? found : List.of();
    }

    /** Takes a Sub or Div of a constant right on the input; false when {@code n} is not one. */
    boolean head(OnnxNode n, Translation t, Shape inputShape) {
        if (!n.input(0).equals(head) || t.consumers(head) != 1 || !t.isConstant(n.input(1))
                || (n.op().equals("Sub") && (divided || centre != null))) {
            return false;
        }
        int groups = inputShape.isImage() ? inputShape.dim(0) : inputShape.last();
        Tensor c = t.constant(n.input(1)).orElseThrow();
        Optional<float[]> perGroup = perGroup(c, groups);
        if (perGroup.isEmpty()) {
            return false;
        }
        if (n.op().equals("Sub")) {
            centre = perGroup.get();
        } else {
            if (divided) {
                return false;
            }
            divided = true;
            spread = perGroup.get();
        }
        t.alias(n.output(0), t.find(head).orElseThrow());
        head = n.output(0);
        return true;
    }

    /** Takes the output's Mul or Add of a constant; false when {@code n} is not part of that tail. */
    boolean tail(OnnxNode n, Translation t) {
        if (!tail.contains(n.name())) {
            return false;
        }
        boolean constantFirst = t.isConstant(n.input(0));
        String x = constantFirst ? n.input(1) : n.input(0);
        Tensor c = t.constant(constantFirst ? n.input(0) : n.input(1)).orElseThrow();
        var v = t.find(x);
        if (v.isEmpty()) {
            return false;
        }
        if (n.op().equals("Mul")) {
            targetSpread = c.floats();
        } else {
            targetMean = c.floats();
        }
        t.alias(n.output(0), v.get());
        return true;
    }

    boolean hasTarget() {
        return targetSpread != null || targetMean != null;
    }

    private static Optional<float[]> perGroup(Tensor c, int groups) {
        if (c.size() == groups) {
            return Optional.of(c.floats());
        }
        if (c.size() == 1) {
            float[] v = new float[groups];
            Arrays.fill(v, c.floats()[0]);
            return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The feature scaler; the identity when the model has no scaling in front. */
    FeatureScaler features(Shape shape, Normalization method) {
        if (centre == null && spread == null) {
            return FeatureScaler.identity(shape);
        }
        int groups = shape.isImage() ? shape.dim(0) : shape.last();
        float[] ones = new float[groups];
        Arrays.fill(ones, 1f);
        return new FeatureScaler(method == Normalization.NONE ? Normalization.ZSCORE : method, shape,
                centre == null ? new float[groups] : centre, spread == null ? ones : spread);
    }

    /** The target scaler for {@code units} outputs, or empty when the model has none or it does not fit. */
    Optional<TargetScaler> targets(int units) {
        if (!hasTarget()) {
            return Optional.empty();
        }
        Optional<float[]> s = targetSpread == null ? Optional.of(filled(units, 1f))
                : perGroup(new Tensor("", new long[0], targetSpread, null), units);
        Optional<float[]> m = targetMean == null ? Optional.of(new float[units])
                : perGroup(new Tensor("", new long[0], targetMean, null), units);
        return s.isPresent() && m.isPresent() ? Optional.of(new TargetScaler(m.get(), s.get())) : Optional.empty();
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }
}
