package org.perceptra.ui.shell;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.Severity;

/**
 * The line under the designer: whether the shapes check out (error and warning counts), the parameter
 * total, the zoom, and whether the work is saved.
 */
public final class StatusBar extends HBox {
    private final OpenProject open;
    private final ZoneId zone;
    private final Label shapes = label("status-shapes");
    private final Label params = label("status-params");
    private final Label zoom = label("status-zoom");
    private final Label file = label("status-file");

    public StatusBar(OpenProject open, ObservableDoubleValue zoomLevel, ZoneId zone) {
        this.open = open;
        this.zone = zone;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(shapes, sep(), params, spacer, zoom, sep(), file);
        params.setGraphic(new FontIcon("mdi2s-sigma"));
        open.document().addListener(change -> refresh());
        open.fileProperty().addListener((obs, a, b) -> refresh());
        open.autosavedAtProperty().addListener((obs, a, b) -> refresh());
        zoom.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Math.round(zoomLevel.get() * 100) + " %", zoomLevel));
        refresh();
    }

    private void refresh() {
        GraphAnalysis analysis = open.document().analysis();
        long errors = analysis.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = analysis.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        shapes.getStyleClass().removeAll("ok", "warning", "error");
        if (open.document().project().graph().isEmpty()) {
            shapes.setText("Empty network: drag a layer from the palette");
            shapes.setGraphic(new FontIcon("mdi2l-lightbulb-outline"));
        } else if (errors > 0) {
            shapes.setText(count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
            shapes.setGraphic(new FontIcon("mdi2c-close-circle-outline"));
            shapes.getStyleClass().add("error");
        } else if (warnings > 0) {
            shapes.setText("Shapes fit \u00B7 " + count(warnings, "warning"));
            shapes.setGraphic(new FontIcon("mdi2a-alert-outline"));
            shapes.getStyleClass().add("warning");
        } else {
            shapes.setText("Shapes fit");
            shapes.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
            shapes.getStyleClass().add("ok");
        }
        params.setText(NumberFormat.getIntegerInstance(Locale.US).format(analysis.totalParams()) + " parameters");
        file.setText(FileStatus.of(open.file() != null, open.document().isDirty(), open.autosavedAtProperty().get(), zone));
        file.setGraphic(new FontIcon(open.document().isDirty() ? "mdi2p-pencil-outline" : "mdi2c-cloud-check-outline"));
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    private static Separator sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
