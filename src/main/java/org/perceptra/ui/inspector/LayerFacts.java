package org.perceptra.ui.inspector;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.Shape;
import org.perceptra.ui.forms.NumberText;

/**
 * What shape inference found for the layer: the shapes coming in and going out, trainable parameters and
 * multiply-adds per sample. Read-only; shown in a calm two-column block under the title.
 */
final class LayerFacts extends GridPane {
    private final Label inputs = value("inspector-inputs");
    private final Label output = value("inspector-output");
    private final Label params = value("inspector-params");
    private final Label macs = value("inspector-macs");

    LayerFacts() {
        getStyleClass().add("layer-facts");
        setHgap(16);
        setVgap(4);
        addRow(0, key("Input shape"), inputs);
        addRow(1, key("Output shape"), output);
        addRow(2, key("Parameters"), params);
        addRow(3, key("Multiply-adds"), macs);
    }

    void show(NodeAnalysis a) {
        if (a == null) {
            inputs.setText("—");
            output.setText("unknown");
            params.setText("—");
            macs.setText("—");
            return;
        }
        inputs.setText(shapes(a.inputShapes()));
        output.setText(a.hasOutput() ? a.output().toString() : "unknown: see the problem below");
        output.getStyleClass().remove("fact-missing");
        if (!a.hasOutput()) {
            output.getStyleClass().add("fact-missing");
        }
        params.setText(NumberText.count(a.params())
                + (a.nonTrainableParams() > 0 ? "  (+" + NumberText.count(a.nonTrainableParams()) + " statistics)" : ""));
        macs.setText(NumberText.count(a.macs()) + " per sample");
    }

    private static String shapes(List<Shape> shapes) {
        if (shapes.isEmpty()) {
            return "— (data enters here)";
        }
        return shapes.stream().map(Shape::toString).collect(Collectors.joining("  +  "));
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fact-key");
        // The key column keeps its words; a long value ("unknown: see the problem below") wraps instead.
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("fact-value");
        l.setWrapText(true);
        return l;
    }
}
