package org.perceptra.ui.data;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** A grid of sample pictures with their class under each, so a student sees what the network will see. */
final class SampleGrid extends TilePane {
    static final double SIDE = 56;

    record Tile(Image image, String caption) {
    }

    SampleGrid() {
        getStyleClass().add("sample-grid");
        setHgap(6);
        setVgap(6);
        setPrefColumns(5);
        setTileAlignment(Pos.TOP_CENTER);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(List<Tile> tiles) {
        getChildren().setAll(tiles.stream().map(SampleGrid::tile).toList());
        setVisible(!tiles.isEmpty());
    }

    void clear() {
        show(List.of());
    }

    private static VBox tile(Tile t) {
        ImageView view = new ImageView(t.image());
        view.setFitWidth(SIDE);
        view.setFitHeight(SIDE);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Label caption = new Label(t.caption());
        caption.getStyleClass().add("sample-caption");
        caption.setMaxWidth(SIDE + 8);
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(view);
        frame.getStyleClass().add("sample-frame");
        frame.setMinSize(SIDE, SIDE);
        frame.setMaxSize(SIDE, SIDE);
        VBox box = new VBox(2, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("sample-tile");
        return box;
    }
}
