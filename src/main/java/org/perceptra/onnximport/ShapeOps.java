package org.perceptra.onnximport;

import static org.perceptra.onnximport.Translation.refusal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.perceptra.model.Shape;
import org.perceptra.model.layers.StandardLayers;

/**
 * Ops that move values rather than compute: Identity, Dropout, Cast and zero Pad pass a value on; Flatten,
 * Reshape and Concat become layers; Squeeze and Transpose undo the arrangements of pooling and recurrent ops
 * ({@link Layout}); Add of two values becomes an Add layer.
 */
final class ShapeOps {
    private ShapeOps() {
    }

    /** Identity, Dropout (the identity at inference), Cast (ids stay floats, as Perceptra takes them). */
    static void passOn(OnnxNode n, Translation t) throws OnnxImportException {
        if (n.op().equals("Dropout") && !n.output(1).isEmpty() && t.consumers(n.output(1)) > 0) {
            throw refusal(n, "its mask output has no Perceptra counterpart");
        }
        t.alias(n.output(0), t.value(n, n.input(0)));
    }

    /** Padding with zeros of zero width changes nothing (PyTorch's AvgPool2d exports one). */
    static void pad(OnnxNode n, Translation t) throws OnnxImportException {
        long[] pads = n.has("pads") ? n.integers("pads").orElseThrow()
                : t.constantInput(n, 1, "pads").longs();
        if (pads == null || Arrays.stream(pads).anyMatch(p -> p != 0)) {
            throw refusal(n, "only a Pad of zero width (which changes nothing) is read; a Conv or pool's own "
                    + "'same' padding is the way Perceptra pads");
        }
        passOn(n, t);
    }

    static void flatten(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.value(n, n.input(0));
        if (n.integer("axis", 1) != 1) {
            throw refusal(n, "Perceptra flattens each sample (axis 1), this op from axis " + n.integer("axis", 1));
        }
        if (x.layout() == Layout.POOLED) {
            t.alias(n.output(0), x.as(Layout.PLAIN));
            return;
        }
        x = t.plain(n, 0);
        if (x.shape().rank() == 1) {
            t.alias(n.output(0), x);
            return;
        }
        t.made(t.add(n, StandardLayers.FLATTEN, Map.of(), List.of(x), Map.of()), n.output(0));
    }

    /** A constant target shape whose first entry is the batch (-1 or 0); a 1-D target becomes a Flatten. */
    static void reshape(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.value(n, n.input(0));
        long[] shape = t.constantInput(n, 1, "target shape").longs();
        if (shape == null || shape.length < 2 || (shape[0] != -1 && shape[0] != 0)) {
            throw refusal(n, "only a constant target shape that keeps the batch first (-1 or 0) becomes a layer");
        }
        int[] original = x.layout() == Layout.POOLED ? new int[] {x.shape().dim(0), 1, 1} : x.shape().toArray();
        List<Integer> target = new ArrayList<>();
        long known = 1;
        int inferred = -1;
        for (int i = 1; i < shape.length; i++) {
            long d = shape[i] == 0 && i - 1 < original.length ? original[i - 1] : shape[i];
            if (d == -1) {
                inferred = target.size();
                target.add(-1);
            } else {
                target.add((int) d);
                known *= d;
            }
        }
        if (inferred >= 0) {
            target.set(inferred, (int) (x.shape().size() / Math.max(1, known)));
        }
        Shape to = Shape.of(target);
        if (to.size() != x.shape().size()) {
            throw refusal(n, "it turns " + x.shape().size() + " values into " + to);
        }
        if (x.layout() == Layout.POOLED && to.rank() == 1) {
            t.alias(n.output(0), x.as(Layout.PLAIN));
            return;
        }
        x = t.plain(n, 0);
        if (to.equals(x.shape())) {
            t.alias(n.output(0), x);
        } else if (to.rank() == 1) {
            t.made(t.add(n, StandardLayers.FLATTEN, Map.of(), List.of(x), Map.of()), n.output(0));
        } else {
            t.made(t.add(n, StandardLayers.RESHAPE, Map.of("targetShape", target), List.of(x), Map.of()), n.output(0));
        }
    }

    /** Undoes the extra axes of pooling with kept dimensions and of the recurrent ops' outputs. */
    static void squeeze(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.value(n, n.input(0));
        long[] axes = Axes.of(n, t).orElseThrow(() -> refusal(n, "it names no axes"));
        Layout to = switch (x.layout()) {
            case POOLED -> Axes.are(axes, 4, 2, 3) ? Layout.PLAIN : null;
            case ALL_STATES -> Axes.are(axes, 4, 1) ? Layout.TIME_MAJOR : null;
            case LAST_STATE -> Axes.are(axes, 3, 0) ? Layout.PLAIN : null;
            default -> null;
        };
        if (to == null) {
            throw refusal(n, "only the axes that pooling or a recurrent op adds can be squeezed away");
        }
        t.alias(n.output(0), x.as(to));
    }

    /** Swaps steps and batch around the recurrent ops (perm 1, 0, 2). */
    static void transpose(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.value(n, n.input(0));
        long[] perm = n.integers("perm").orElse(new long[0]);
        boolean swap = Arrays.equals(perm, new long[] {1, 0, 2}) && x.shape().isSequence();
        if (swap && x.layout() == Layout.PLAIN) {
            t.alias(n.output(0), x.as(Layout.TIME_MAJOR));
        } else if (swap && x.layout() == Layout.TIME_MAJOR) {
            t.alias(n.output(0), x.as(Layout.PLAIN));
        } else {
            throw refusal(n, "only swapping a sequence's steps and batch around a recurrent op is read");
        }
    }

    /** The axis counts the batch in ONNX, not in Perceptra. */
    static void concat(OnnxNode n, Translation t) throws OnnxImportException {
        List<Value> inputs = new ArrayList<>();
        for (int i = 0; i < n.inputs().size(); i++) {
            inputs.add(t.plain(n, i));
        }
        int rank = inputs.get(0).shape().rank() + 1;
        long axis = n.integer("axis", 1);
        long normal = axis < 0 ? axis + rank : axis;
        if (normal < 1 || normal >= rank) {
            throw refusal(n, "Perceptra joins samples along one of their own axes, not the batch");
        }
        t.made(t.add(n, StandardLayers.CONCATENATE, Map.of("axis", (int) normal - 1), inputs, Map.of()), n.output(0));
    }

    /** The sum of two layers' outputs. */
    static void add(OnnxNode n, Translation t) throws OnnxImportException {
        List<Value> inputs = List.of(t.plain(n, 0), t.plain(n, 1));
        t.made(t.add(n, StandardLayers.ADD, Map.of(), inputs, Map.of()), n.output(0));
    }
}
