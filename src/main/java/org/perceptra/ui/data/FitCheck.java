package org.perceptra.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.data.DataSource;
import org.perceptra.edit.CompositeEdit;
import org.perceptra.edit.Document;
import org.perceptra.edit.Edit;
import org.perceptra.edit.SetParam;
import org.perceptra.model.DataSignature;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Validator;
import org.perceptra.model.layers.OutputKind;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.ui.forms.EditAttempt;
import org.perceptra.ui.forms.Note;

/**
 * Whether the network's Input and Output fit the data, in the validator's words, with a button that adapts
 * them (the Input's shape to the samples, the Output's units to the classes or values) in one undoable step.
 * For files, what the data looks like is known only once they have been read.
 */
final class FitCheck extends VBox {
    static final Set<String> CODES = Set.of("input-mismatch", "output-mismatch", "task-mismatch");

    private final Document document;
    private final Button adapt = new Button("Make Input and Output fit the data", new FontIcon("mdi2a-auto-fix"));
    private List<Edit> fixes = List.of();

    FitCheck(Document document) {
        this.document = document;
        getStyleClass().add("fit-check");
        setSpacing(8);
        adapt.setOnAction(e -> {
            EditAttempt.run(document, new CompositeEdit("Fit the network to the data", fixes));
        });
        adapt.getStyleClass().add("accent");
    }

    /** @param loaded what file data looked like when read, or null; sources such as generators know it anyway */
    void show(DataSignature loaded) {
        DataSource source = document.project().dataset().source();
        Optional<DataSignature> data = source.signature().or(() -> Optional.ofNullable(loaded));
        if (data.isEmpty()) {
            getChildren().setAll(Note.info(source instanceof DataSource.None
                    ? "Choose data to see whether the network fits it."
                    : "Whether the network fits is checked once the data has been read."));
            fixes = List.of();
            return;
        }
        NetworkGraph graph = document.project().graph();
        GraphAnalysis analysis = source.signature().isPresent() ? document.analysis()
                : Validator.analyze(graph, data);
        List<Diagnostic> misfits = analysis.diagnostics().stream().filter(d -> CODES.contains(d.code())).toList();
        List<javafx.scene.Node> shown = new ArrayList<>(misfits.stream().map(Note::of).toList());
        fixes = fixes(graph, misfits, data.get());
        if (!fixes.isEmpty()) {
            shown.add(adapt);
        }
        if (misfits.isEmpty()) {
            shown.add(Note.info(fitting(graph, data.get())));
        }
        getChildren().setAll(shown);
    }

    List<Edit> fixes() {
        return fixes;
    }

    private static String fitting(NetworkGraph graph, DataSignature data) {
        boolean input = graph.nodes().stream().anyMatch(n -> n.kind() == StandardLayers.INPUT);
        boolean output = graph.nodes().stream().anyMatch(n -> n.kind() == StandardLayers.OUTPUT);
        if (!input || !output) {
            return "The data gives samples of " + data.features() + " and " + data.describeTargets()
                    + ". Add an Input and an Output layer to the network to use it.";
        }
        return "The network fits the data: samples of " + data.features() + " go in, "
                + data.describeTargets() + " come out.";
    }

    /** Input shape and Output units to set; the task (loss) is left to the student, who should choose it. */
    private static List<Edit> fixes(NetworkGraph graph, List<Diagnostic> misfits, DataSignature data) {
        List<Edit> edits = new ArrayList<>();
        for (Diagnostic d : misfits) {
            Optional<LayerNode> node = d.nodeId().flatMap(graph::find);
            if (node.isEmpty()) {
                continue;
            }
            if (d.code().equals("input-mismatch")) {
                shapeParam(node.get()).ifPresent(p -> edits.add(new SetParam(node.get().id(), p, data.features().toList())));
            } else if (d.code().equals("output-mismatch")) {
                edits.add(new SetParam(node.get().id(), OutputKind.UNITS, units(node.get(), data)));
            }
        }
        return edits;
    }

    private static Optional<String> shapeParam(LayerNode node) {
        return node.kind().params().stream().filter(p -> p instanceof ParamSpec.ShapeParam).map(ParamSpec::name)
                .findFirst();
    }

    /** One unit per class or value; a yes/no task with binary cross-entropy keeps its single unit. */
    private static int units(LayerNode output, DataSignature data) {
        boolean binary = OutputKind.BINARY_CE.equals(output.params().getString(OutputKind.LOSS));
        return data.isClassification() && data.targetSize() == 2 && binary ? 1 : data.targetSize();
    }
}
