package org.perceptra.ui.live;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A panel of the dashboard showing one of its views at a time: a header with the view's name (or a switch between
 * several), the view's own tools, and buttons that export the picture as PNG and the numbers as CSV.
 */
public final class ViewDock extends BorderPane {
    private final List<LiveView> views;
    private final HBox toolSlot = new HBox();
    private final StackPane content = new StackPane();
    private final HBox switcher = new HBox();
    private LiveView shown;

    public ViewDock(List<LiveView> views) {
        this.views = List.copyOf(views);
        getStyleClass().add("view-dock");
        HBox header = new HBox(10);
        header.getStyleClass().add("view-dock-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 12));
        if (views.size() == 1) {
            Label title = new Label(views.get(0).title());
            title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("view-title");
            header.getChildren().add(title);
        } else {
            ToggleGroup group = new ToggleGroup();
            switcher.getStyleClass().add("view-switcher");
            for (LiveView v : views) {
                ToggleButton b = new ToggleButton(v.title());
                b.setId("show-" + v.title().toLowerCase(Locale.ROOT).replace(' ', '-'));
                b.setToggleGroup(group);
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setOnAction(e -> {
                    b.setSelected(true);
                    show(v);
                });
                switcher.getChildren().add(b);
            }
            ((ToggleButton) switcher.getChildren().get(0)).setSelected(true);
            header.getChildren().add(switcher);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolSlot.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().addAll(toolSlot, spacer, exportButton("PNG", "mdi2i-image", "Save this view as a PNG picture…"),
                exportButton("CSV", "mdi2f-file-delimited", "Save this view's numbers as CSV…"));
        setTop(header);
        content.getStyleClass().add("view-dock-content");
        setCenter(content);
        show(views.get(0));
    }

    private Button exportButton(String kind, String icon, String tip) {
        // Icon only, so that a narrow dock keeps room for the view's own tools; the tooltip names the format.
        Button b = new Button(null, new FontIcon(icon));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(tip);
        b.setId("export-" + kind.toLowerCase(Locale.ROOT));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> export(kind));
        return b;
    }

    /**
     * A new run: offers only the views that have something to show for it (a ROC curve for two classes, pictures
     * for image data), and shows the first of them if the one in front has nothing.
     */
    public void runPrepared(RunInfo run) {
        if (switcher.getChildren().isEmpty()) {
            return;
        }
        for (int i = 0; i < views.size(); i++) {
            boolean applies = views.get(i).appliesTo(run);
            switcher.getChildren().get(i).setVisible(applies);
            switcher.getChildren().get(i).setManaged(applies);
        }
        if (!shown.appliesTo(run)) {
            views.stream().filter(v -> v.appliesTo(run)).findFirst().ifPresent(this::bringToFront);
        }
    }

    /** Whether {@code v}'s switch is offered now. */
    public boolean offers(LiveView v) {
        int i = views.indexOf(v);
        return i >= 0 && (switcher.getChildren().isEmpty() || switcher.getChildren().get(i).isVisible());
    }

    /** Brings {@code v} to the front, if it is one of this dock's views. */
    public void bringToFront(LiveView v) {
        if (!views.contains(v)) {
            return;
        }
        switcher.getChildren().stream().map(ToggleButton.class::cast)
                .filter(b -> b.getText().equals(v.title())).forEach(b -> b.setSelected(true));
        show(v);
    }

    private void show(LiveView v) {
        shown = v;
        content.getChildren().setAll(v.node());
        toolSlot.getChildren().setAll(v.tools());
    }

    public LiveView shown() {
        return shown;
    }

    public List<LiveView> views() {
        return views;
    }

    private void export(String kind) {
        String ext = kind.toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + shown.title() + " as " + kind);
        chooser.setInitialFileName(shown.title().toLowerCase(Locale.ROOT).replace(' ', '-') + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " files", "*." + ext));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Path path = file.toPath();
            if (ext.equals("png")) {
                shown.exportPng(path);
            } else {
                shown.exportCsv(path);
            }
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Could not save " + file + ": " + ex.getMessage());
            a.setHeaderText("Export failed");
            a.show();
        }
    }
}
