package org.perceptra.ui.live;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.ui.live.evaluation.SampleAnswer;

/**
 * The samples of one confusion-matrix cell: index in the evaluated part, true and predicted class, confidence,
 * and for pictures the picture itself. Most confident first, so that the clearest mistakes lead.
 */
final class SampleListPane extends VBox {
    private static final double PICTURE = 40;

    private final Label title = new Label();
    private final TableView<SampleAnswer> table = new TableView<>();
    private final TableColumn<SampleAnswer, Integer> picture = new TableColumn<>();
    private List<String> classNames = List.of();
    private Thumbnails thumbnails;

    SampleListPane(Runnable close) {
        super(6);
        setId("confusion-samples");
        getStyleClass().add("sample-list");
        setPadding(new Insets(2, 2, 2, 8));
        title.setId("confusion-samples-title");
        title.getStyleClass().add("sample-list-title");
        title.setTooltip(new Tooltip("True class → predicted class"));
        Button hide = new Button(null, new FontIcon("mdi2c-close"));
        hide.setId("confusion-samples-close");
        hide.getStyleClass().addAll("flat", "button-icon");
        hide.setTooltip(new Tooltip("Hide the list"));
        hide.setOnAction(e -> close.run());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(4, title, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        table.setId("confusion-sample-table");
        table.setPlaceholder(new Label("No samples in this cell."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        picture.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sample()));
        picture.setCellFactory(c -> new PictureCell());
        picture.setSortable(false);
        picture.setMinWidth(PICTURE + 10);
        picture.setMaxWidth(PICTURE + 10);
        table.getColumns().add(picture);
        table.getColumns().add(column("#", "Index of the sample in the evaluated part", 3.0,
                a -> Integer.toString(a.sample())));
        table.getColumns().add(column("True", "The sample's true class", 3.8, a -> name(a.actual())));
        table.getColumns().add(column("Pred.", "The class the network predicted", 4.2, a -> name(a.predicted())));
        table.getColumns().add(column("Confidence", "The probability the network gave its prediction", 7.4,
                a -> percent(a.confidence())));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        setMinWidth(0);
        setPrefWidth(340);
    }

    private TableColumn<SampleAnswer, String> column(String name, String tip, double minEm,
                                                     java.util.function.Function<SampleAnswer, String> text) {
        TableColumn<SampleAnswer, String> c = new TableColumn<>();
        Label header = new Label(name);
        header.setTooltip(new Tooltip(tip));
        header.setMinWidth(Region.USE_PREF_SIZE);
        c.setGraphic(header);
        // Wide enough for the header in the current text size (em), so that none is cut to "…".
        header.fontProperty().addListener((o, was, now) -> c.setMinWidth(minEm * now.getSize()));
        c.setMinWidth(minEm * 13);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(text.apply(v.getValue())));
        c.setSortable(false);
        return c;
    }

    private String name(int c) {
        return c >= 0 && c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }

    static String percent(float p) {
        return Float.isFinite(p) ? String.format(Locale.ROOT, "%.1f %%", 100 * p) : "NaN";
    }

    /** A new run: its class names and, for pictures, how to draw them. */
    void prepare(List<String> classNames, Thumbnails thumbnails) {
        this.classNames = List.copyOf(classNames);
        this.thumbnails = thumbnails;
        boolean pictures = thumbnails.available();
        picture.setVisible(pictures);
        table.setFixedCellSize(pictures ? PICTURE + 6 : -1);
        table.getItems().clear();
    }

    void show(String heading, List<SampleAnswer> samples) {
        title.setText(heading);
        table.setItems(FXCollections.observableArrayList(samples));
    }

    /** The listed samples, in order; for tests. */
    List<SampleAnswer> listed() {
        return List.copyOf(table.getItems());
    }

    private final class PictureCell extends TableCell<SampleAnswer, Integer> {
        private final ImageView view = new ImageView();

        PictureCell() {
            view.setFitWidth(PICTURE);
            view.setFitHeight(PICTURE);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Integer sample, boolean empty) {
            super.updateItem(sample, empty);
            Image image = empty || sample == null || thumbnails == null ? null : thumbnails.of(sample);
            view.setImage(image);
            setGraphic(image == null ? null : view);
        }
    }
}
