package org.perceptra.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perceptra.model.Shape;

/**
 * The text of {@code predict.py} (from the template {@code predict.py.template} beside this class, which holds
 * the Python that never changes) and of the README: the project's columns, classes and input shape filled in.
 */
final class PredictScript {
    private static final String TEMPLATE = template();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

    private PredictScript() {
    }

    static String render(String name, String className, PredictionColumns columns, Shape input) {
        Map<String, String> values = Map.of(
                "NAME_LITERAL", PythonNames.literal(name),
                "NAME", PyTorchModule.comment(name),
                "CLASS", className,
                "INPUT", inputText(columns, input),
                "ANSWERS", answers(columns),
                "IDX_HELP", input.isImage() ? ", or an IDX image file" : "",
                "FEATURES", list(columns.features()),
                "CLASSES", list(columns.classNames()),
                "VALUES", list(columns.valueNames()),
                "INPUT_SHAPE", tuple(input));
        // One pass, so that a project name holding "{{...}}" is never filled in again.
        return PLACEHOLDER.matcher(TEMPLATE).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    static String readme(String name, String className, PredictionColumns columns) {
        return PyTorchModule.comment(name) + ", exported by Perceptra to PyTorch\n\n"
                + "model.py     the network as a PyTorch module, class " + className + "\n"
                + "weights.npz  its trained weights, named as the module's state_dict (uncompressed .npy files)\n"
                + "predict.py   loads both and answers a CSV file:\n\n"
                + "    python3 predict.py input.csv --out answers.csv\n\n"
                + "The input CSV's first row names the feature columns: " + shortList(columns.features()) + ".\n"
                + "Give the values in the data's own units; the module scales them as training did.\n"
                + "Each answer row holds " + answers(columns) + ".\n\n"
                + "In your own code:\n\n"
                + "    from predict import load_model\n"
                + "    model = load_model()          # eval mode\n"
                + "    y = model(torch.tensor(x))    # x: float32 [batch, ...]\n\n"
                + "Needs Python 3 with numpy and PyTorch (Debian: python3-numpy python3-torch).\n";
    }

    private static String inputText(PredictionColumns columns, Shape input) {
        return "input.csv is a CSV whose first row names the feature columns (" + shortList(columns.features())
                + ");\nother columns are ignored." + (input.isImage() ? " An IDX image file (as MNIST's) works too." : "");
    }

    private static String answers(PredictionColumns columns) {
        if (!columns.isClassification()) {
            return shortList(columns.valueNames());
        }
        return shortList(columns.classNames().stream().map(c -> "p(" + c + ")").toList()) + " and predicted";
    }

    /** {@code x1, x2, x3} or, for long lists, {@code x1, x2, ..., x784}. */
    private static String shortList(List<String> names) {
        List<String> shown = names.size() <= 8 ? names
                : List.of(names.get(0), names.get(1), "...", names.get(names.size() - 1));
        return PyTorchModule.comment(String.join(", ", shown));
    }

    /** A Python list of string literals, ten to a line. */
    private static String list(List<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(i % 10 == 0 ? ",\n    " : ", ");
            }
            out.append(PythonNames.literal(names.get(i)));
        }
        return out.append(']').toString();
    }

    private static String tuple(Shape s) {
        StringJoiner out = new StringJoiner(", ", "(", s.rank() == 1 ? ",)" : ")");
        for (int d : s.toArray()) {
            out.add(Integer.toString(d));
        }
        return out.toString();
    }

    private static String template() {
        try (InputStream in = PredictScript.class.getResourceAsStream("predict.py.template")) {
            if (in == null) {
                throw new IllegalStateException("predict.py.template is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
