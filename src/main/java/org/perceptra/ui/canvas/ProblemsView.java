package org.perceptra.ui.canvas;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.edit.Document;
import org.perceptra.edit.DocumentChange;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.Severity;
import org.perceptra.ui.Selection;

/**
 * The list of problems under the canvas: every diagnostic of the current network, errors first, with what
 * to try. Clicking one (or pressing Enter on it) selects its layer and scrolls the canvas to it.
 */
public final class ProblemsView extends Region {
    private final Document document;
    private final Selection selection;
    private final GraphCanvas canvas;
    private final ObservableList<Diagnostic> items = FXCollections.observableArrayList();
    private final ListView<Diagnostic> list = new ListView<>(items);
    private final Label counts = new Label();
    private final VBox box;

    public ProblemsView(Document document, Selection selection, GraphCanvas canvas) {
        this.document = Objects.requireNonNull(document, "document");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        getStyleClass().add("problems-view");
        getStylesheets().add(Objects.requireNonNull(ProblemsView.class.getResource(CanvasStyles.STYLESHEET)).toExternalForm());
        getStylesheets().add(Objects.requireNonNull(ProblemsView.class.getResource("problems.css")).toExternalForm());
        Label title = new Label("Problems");
        title.getStyleClass().add("problems-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, counts, spacer);
        header.getStyleClass().add("problems-header");
        header.setAlignment(Pos.CENTER_LEFT);
        Label none = new Label("No problems: every layer fits the next.", new FontIcon("mdi2c-check-circle-outline"));
        none.getStyleClass().add("problems-none");
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ProblemCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                reveal(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                reveal(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        box = new VBox(header, list);
        getChildren().add(box);
        document.addListener(this::changed);
        refresh();
    }

    /** Selects the diagnostic's layer and shows it; graph-wide problems have none to show. */
    private void reveal(Diagnostic d) {
        if (d == null || d.node() == null || !document.project().graph().contains(d.node())) {
            return;
        }
        selection.select(d.node());
        canvas.reveal(d.node());
    }

    private void changed(DocumentChange change) {
        if (change.kind() != DocumentChange.Kind.SAVED) {
            refresh();
        }
    }

    private void refresh() {
        List<Diagnostic> now = document.analysis().diagnostics();
        if (!now.equals(items)) {
            items.setAll(now);
        }
        long errors = now.stream().filter(Diagnostic::isError).count();
        long warnings = now.stream().filter(d -> d.severity() == Severity.WARNING).count();
        counts.setText(errors == 0 && warnings == 0 ? "" : plural(errors, "error") + "  ·  " + plural(warnings, "warning"));
        counts.getStyleClass().setAll("label", errors > 0 ? "problems-counts-error" : "problems-counts");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The layer's display name, for the right-hand column of a problem. */
    private String nodeName(NodeId id) {
        return id == null ? "network" : document.project().graph().find(id).map(LayerNode::name).orElse(id.value());
    }

    @Override
    protected void layoutChildren() {
        box.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 60;
    }

    @Override
    protected double computePrefWidth(double height) {
        return box.prefWidth(height);
    }

    /** One problem: severity icon, message and fix, and the layer it concerns. */
    private final class ProblemCell extends ListCell<Diagnostic> {
        private final FontIcon icon = new FontIcon();
        private final Label message = new Label();
        private final Label fix = new Label();
        private final Label where = new Label();
        private final HBox row;

        ProblemCell() {
            message.getStyleClass().add("problem-message");
            fix.getStyleClass().add("problem-fix");
            where.getStyleClass().add("problem-where");
            message.setWrapText(true);
            fix.setWrapText(true);
            VBox text = new VBox(message, fix);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            text.setPrefWidth(0);
            row = new HBox(icon, text, where);
            row.getStyleClass().add("problem-row");
            row.setAlignment(Pos.TOP_LEFT);
            where.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            icon.setIconLiteral(switch (d.severity()) {
                case ERROR -> "mdi2a-alert-circle";
                case WARNING -> "mdi2a-alert";
                case INFO -> "mdi2i-information-outline";
            });
            icon.getStyleClass().setAll("ikonli-font-icon", "problem-icon", d.severity().label());
            message.setText(d.message());
            fix.setText(d.fix().isEmpty() ? "" : "Try: " + d.fix());
            fix.setVisible(!d.fix().isEmpty());
            fix.setManaged(!d.fix().isEmpty());
            where.setText(nodeName(d.node()));
            setGraphic(row);
        }
    }
}
