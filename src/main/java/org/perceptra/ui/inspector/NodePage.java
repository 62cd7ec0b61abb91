package org.perceptra.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.perceptra.edit.Document;
import org.perceptra.edit.EditRefusedException;
import org.perceptra.edit.SetFrozen;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.ParamSpec;
import org.perceptra.ui.forms.Note;
import org.perceptra.ui.theme.FamilyColors;

/**
 * The inspector's page for one layer: kind and family, facts from shape inference, its problems, the property
 * sheet of its name and parameters, and what the kind computes. Built once per inspected layer; later
 * versions of the same layer are shown in place.
 */
final class NodePage extends VBox {
    private final LayerNode first;
    private final List<InspectorItem> items = new ArrayList<>();
    private final ParamEditors editors = new ParamEditors();
    private final PropertySheet sheet = new PropertySheet();
    private final LayerFacts facts = new LayerFacts();
    private final VBox problems = new VBox(6);
    private final CheckBox frozen = new CheckBox("Frozen: keep its weights while the others train");

    NodePage(Document document, LayerNode node, BooleanSupplier rebuilding) {
        this.first = node;
        getStyleClass().add("node-page");
        setSpacing(12);
        items.add(new NameItem(document, node, rebuilding));
        for (ParamSpec spec : node.kind().params()) {
            items.add(new ParamItem(document, node, spec, rebuilding));
        }
        sheet.setPropertyEditorFactory(editors);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.getStyleClass().add("inspector-sheet");
        sheet.getItems().setAll(items);
        problems.managedProperty().bind(problems.visibleProperty());
        frozen.setId("inspector-frozen");
        frozen.setWrapText(true);
        frozen.setSelected(node.frozen());
        frozen.setTooltip(new Tooltip("Transfer learning: a frozen layer starts from the project's stored weights "
                + "and training leaves them as they are (F on the canvas)."));
        frozen.setOnAction(e -> {
            try {
                document.execute(SetFrozen.one(node.id(), frozen.isSelected()));
            } catch (EditRefusedException refused) {
                frozen.setSelected(!frozen.isSelected());
            }
        });
        getChildren().addAll(header(node.kind()), facts, problems, section("Settings"), sheet, frozen,
                section("What it does"), about(node.kind()));
    }

    /** Whether this page can show {@code node} in place (same layer, same kind). */
    boolean shows(LayerNode node) {
        return node.id().equals(first.id()) && node.kind().id().equals(first.kind().id());
    }

    void update(LayerNode node, GraphAnalysis analysis) {
        items.forEach(i -> i.update(node));
        if (frozen.isSelected() != node.frozen()) {
            frozen.setSelected(node.frozen()); // an undo, or the canvas, changed it
        }
        editors.refreshAll();
        facts.show(analysis.node(node.id()).orElse(null));
        List<Diagnostic> found = analysis.diagnosticsFor(node.id());
        problems.getChildren().setAll(found.stream().map(Note::of).toList());
        problems.setVisible(!found.isEmpty());
    }

    ParamEditor editorFor(String label) {
        return items.stream().filter(i -> i.getName().equals(label)).findFirst().map(editors::editorOf)
                .orElseThrow(() -> new IllegalArgumentException("no inspector row " + label));
    }

    private static HBox header(LayerKind kind) {
        Label family = new Label(kind.family().title());
        family.getStyleClass().add("family-chip");
        family.setStyle("-fx-background-color: " + FamilyColors.hex(kind.family()) + "; -fx-text-fill: "
                + (FamilyColors.textOn(kind.family()).equals(javafx.scene.paint.Color.WHITE) ? "white" : "black") + ";");
        Label title = new Label(kind.displayName());
        title.getStyleClass().add("inspector-title");
        title.setId("inspector-kind");
        HBox header = new HBox(10, title, family);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label section(String title) {
        Label label = new Label(title.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("form-section");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static VBox about(LayerKind kind) {
        Label description = new Label(kind.description());
        description.setWrapText(true);
        description.getStyleClass().add("kind-description");
        Label formula = new Label(kind.formula());
        formula.setWrapText(true);
        formula.getStyleClass().add("kind-formula");
        formula.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, description, formula);
        formula.setVisible(!kind.formula().isBlank());
        formula.managedProperty().bind(formula.visibleProperty());
        return box;
    }
}
