package org.perceptra.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perceptra.model.LayerNode;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * The generated {@code nn.Module} while it is assembled: the lines of {@code __init__} and {@code forward}, the
 * helper definitions they need, and the weights as the module's {@code state_dict} will name them
 * ({@code hidden.weight}), already in PyTorch's layouts.
 */
final class PyTorchModule {
    final List<String> init = new ArrayList<>();
    final List<String> forward = new ArrayList<>();
    final Set<String> helpers = new LinkedHashSet<>();
    final NpzArchive weights = new NpzArchive();
    final PythonNames names = new PythonNames();

    /** One node to translate: its attribute name, the variables holding its inputs, its trained tensors. */
    record Layer(LayerNode node, String attr, List<String> inputs, List<Shape> inputShapes, Shape output,
                 Map<String, float[]> tensors, PyTorchModule module) {
        Params params() {
            return node.params();
        }

        /** The engine's tensor {@code node/local}, as trained. */
        float[] tensor(String local) {
            float[] v = tensors.get(node.id().value() + "/" + local);
            if (v == null) {
                throw new IllegalStateException("the trained tensor " + node.id().value() + "/" + local
                        + " is missing");
            }
            return v;
        }

        String input() {
            return inputs.get(0);
        }

        Shape inShape() {
            return inputShapes.get(0);
        }

        /** Declares {@code self.attr = constructor} in {@code __init__}, after a comment naming the node. */
        void declare(String constructor) {
            module.init.add("# " + describe());
            module.init.add("self." + attr + " = " + constructor);
        }

        /** Stores {@code values} as the state-dict entry {@code attr.key}. */
        void weight(String key, float[] values, long... dims) {
            module.weights.put(key.isEmpty() ? attr : attr + "." + key, NpzArchive.Array.of(values, dims));
        }

        /** A forward line before the node's own, such as a temporary it needs. */
        void line(String code) {
            module.forward.add(code);
        }

        /** A fresh local variable name for a temporary of this node. */
        String local(String suffix) {
            return module.names.identifier(attr + "_" + suffix);
        }

        String describe() {
            String name = node.name().equals(node.id().value()) ? "" : " \"" + comment(node.name()) + "\"";
            return "Perceptra node '" + node.id().value() + "'" + name + " (" + node.kind().displayName() + ") -> "
                    + output;
        }
    }

    /** Text safe inside a {@code #} comment or a docstring: one line, no triple quotes. */
    static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}]", " ").replace("\"\"\"", "'''").replace("\\", "/");
    }
}
