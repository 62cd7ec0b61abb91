package org.perceptra.ui.palette;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.edit.Document;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerKind;
import org.perceptra.ui.Selection;
import org.perceptra.ui.canvas.GraphCanvas;

/**
 * The layer palette: every kind of the catalogue grouped by family, with a search field. Drag a kind onto
 * the canvas, double-click it, or select it with the keyboard and press Enter: the layer is added after the
 * selected one and wired to it (or in free space when nothing suitable is selected). In the search field,
 * Enter adds the first match and Down moves into the list.
 */
public final class PaletteView extends Region {
    private final GraphCanvas canvas;
    private final PaletteFilter filter = new PaletteFilter(LayerCatalog.standard().byFamily());
    private final ObservableList<PaletteEntry> entries = FXCollections.observableArrayList();
    private final ListView<PaletteEntry> list = new ListView<>(entries);
    private final CustomTextField search = new CustomTextField();
    private final VBox box;

    public PaletteView(Document document, Selection selection, GraphCanvas canvas) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(selection, "selection");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        getStyleClass().add("palette-view");
        getStylesheets().add(Objects.requireNonNull(PaletteView.class.getResource("palette.css")).toExternalForm());
        Label title = new Label("Layers");
        title.getStyleClass().add("palette-title");
        search.setPromptText("Search layers");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.getStyleClass().add("palette-search");
        search.textProperty().addListener((o, a, text) -> entries.setAll(filter.entries(text)));
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKey);
        list.setCellFactory(v -> new PaletteCell(canvas));
        list.getStyleClass().add("palette-list");
        list.setPlaceholder(new Label("No layer matches."));
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> skipHeading(was.intValue(), now.intValue()));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selectedKind() != null) {
                canvas.addLayer(selectedKind());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        box = new VBox(title, search, list);
        box.getStyleClass().add("palette-box");
        getChildren().add(box);
        entries.setAll(filter.entries(""));
    }

    /** The kind selected in the list, or null. */
    LayerKind selectedKind() {
        return list.getSelectionModel().getSelectedItem() instanceof PaletteEntry.Kind k ? k.kind() : null;
    }

    /** Focuses the search field: the palette's keyboard entry point. */
    public void focusSearch() {
        search.requestFocus();
    }

    private void searchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            firstKind().ifPresent(canvas::addLayer);
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !entries.isEmpty()) {
            list.requestFocus();
            list.getSelectionModel().select(1);
            list.getFocusModel().focus(1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            search.clear();
            e.consume();
        }
    }

    private java.util.Optional<LayerKind> firstKind() {
        return entries.stream().filter(PaletteEntry.Kind.class::isInstance)
                .map(k -> ((PaletteEntry.Kind) k).kind()).findFirst();
    }

    /** Headings cannot be selected: the selection moves on to the next kind in the direction it was going. */
    private void skipHeading(int was, int now) {
        if (now < 0 || now >= entries.size() || !(entries.get(now) instanceof PaletteEntry.Heading)) {
            return;
        }
        int step = now >= was ? 1 : -1;
        int target = now + step;
        if (target < 0 || target >= entries.size()) {
            target = now - step;
        }
        int chosen = target;
        // Changing the selection from inside its own listener confuses ListView: do it after this change.
        javafx.application.Platform.runLater(() -> {
            list.getSelectionModel().select(chosen);
            list.getFocusModel().focus(chosen);
            list.scrollTo(Math.max(0, chosen - 2));
        });
    }

    List<PaletteEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    protected void layoutChildren() {
        box.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(250, box.prefWidth(height));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return box.prefHeight(width);
    }
}
