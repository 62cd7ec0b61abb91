package org.perceptra.ui.palette;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.model.LayerKind;
import org.perceptra.ui.canvas.GraphCanvas;
import org.perceptra.ui.theme.FamilyColors;
import org.perceptra.ui.theme.FamilyIcons;

/**
 * A palette row. A heading shows the family's name; a kind shows its family icon on the family colour, its
 * name and the first words of what it does, with the whole description and formula as a tooltip. A kind is
 * dragged onto the canvas with the mouse (the canvas shows where it will land) or added by double-click.
 */
final class PaletteCell extends ListCell<PaletteEntry> {
    private static final Map<LayerKind, Tooltip> TIPS = new WeakHashMap<>();
    private static final double DRAG_SLOP = 4;

    private final GraphCanvas canvas;
    private final Label name = new Label();
    private final Label blurb = new Label();
    private final FontIcon icon = new FontIcon();
    private final StackPane swatch = new StackPane(icon);
    private final HBox row;
    private double pressX;
    private double pressY;
    private boolean dragging;

    PaletteCell(GraphCanvas canvas) {
        this.canvas = canvas;
        // The list makes a cell at least as wide as its content; asking for nothing makes it the list's width,
        // so long descriptions end in an ellipsis instead of a horizontal scroll bar.
        setPrefWidth(0);
        name.getStyleClass().add("palette-kind-name");
        blurb.getStyleClass().add("palette-kind-blurb");
        swatch.getStyleClass().add("palette-swatch");
        VBox text = new VBox(name, blurb);
        text.setMinWidth(0);
        row = new HBox(swatch, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("palette-row");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && kind() != null && !dragging) {
                canvas.addLayer(kind());
            }
        });
    }

    LayerKind kind() {
        return getItem() instanceof PaletteEntry.Kind k ? k.kind() : null;
    }

    @Override
    protected void updateItem(PaletteEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll("palette-heading", "palette-kind");
        setTooltip(null);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
        } else if (entry instanceof PaletteEntry.Heading h) {
            getStyleClass().add("palette-heading");
            setText(h.family().title().toUpperCase(java.util.Locale.ROOT));
            setGraphic(null);
        } else if (entry instanceof PaletteEntry.Kind k) {
            getStyleClass().add("palette-kind");
            showKind(k.kind());
        }
    }

    private void showKind(LayerKind kind) {
        setText(null);
        name.setText(kind.displayName());
        blurb.setText(firstSentence(kind.description()));
        icon.setIconLiteral(FamilyIcons.literal(kind.family()));
        icon.setIconColor(FamilyColors.textOn(kind.family()));
        swatch.setBackground(new Background(new BackgroundFill(FamilyColors.of(kind.family()), new CornerRadii(6), null)));
        setTooltip(TIPS.computeIfAbsent(kind, PaletteCell::tooltip));
        setGraphic(row);
    }

    private static Tooltip tooltip(LayerKind kind) {
        Label title = new Label(kind.displayName() + "  ·  " + kind.family().title());
        title.getStyleClass().add("palette-tip-title");
        Label what = new Label(kind.description());
        what.setWrapText(true);
        Label formula = new Label(kind.formula());
        formula.getStyleClass().add("palette-tip-formula");
        formula.setWrapText(true);
        Label how = new Label("Drag onto the canvas, or double-click to add after the selected layer.");
        how.getStyleClass().add("palette-tip-how");
        how.setWrapText(true);
        VBox box = new VBox(6, title, what, formula, how);
        box.setMaxWidth(360);
        box.setPrefWidth(360);
        Tooltip tip = new Tooltip();
        tip.setGraphic(box);
        tip.setShowDelay(Duration.millis(500));
        tip.setShowDuration(Duration.seconds(30));
        tip.getStyleClass().add("palette-tip");
        return tip;
    }

    /** The description's first sentence, for the row; the tooltip has the rest. */
    static String firstSentence(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    private void pressed(MouseEvent e) {
        pressX = e.getScreenX();
        pressY = e.getScreenY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        LayerKind kind = kind();
        if (kind == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getScreenX() - pressX, e.getScreenY() - pressY) < DRAG_SLOP) {
            return;
        }
        dragging = true;
        boolean over = canvas.previewDrop(kind, e.getScreenX(), e.getScreenY());
        setCursor(over ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        setCursor(Cursor.DEFAULT);
        LayerKind kind = kind();
        if (kind != null) {
            canvas.drop(kind, e.getScreenX(), e.getScreenY());
        } else {
            canvas.cancelDrop();
        }
        e.consume();
    }
}
