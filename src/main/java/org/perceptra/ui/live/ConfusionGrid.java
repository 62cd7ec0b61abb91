package org.perceptra.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.perceptra.ui.live.evaluation.ConfusionMatrix;

/**
 * The matrix itself: true classes down, predicted classes across, square cells as large as the space allows.
 * A cell's tint is its share of its row (how often that class gets that answer), blue on the diagonal (right)
 * and orange off it (wrong), both from the colour-blind-safe palette; the count is written in it. Cells are
 * nodes, so that a click, a tooltip and a test can reach each one.
 */
final class ConfusionGrid extends Region {
    private static final double GAP = 2;
    /** The smallest cell that still holds its count and its row's name (the small text size). */
    private static final double MIN_CELL_HEIGHT = 18;
    private static final double MIN_CELL_WIDTH = 24;
    private static final CornerRadii RADII = new CornerRadii(3);
    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";

    private final BiConsumer<Integer, Integer> clicked;
    private final Label trueAxis = axisLabel("true class");
    private final Label predictedAxis = axisLabel("predicted class");
    private final List<Label> rowNames = new ArrayList<>();
    private final List<Label> columnNames = new ArrayList<>();
    private StackPane[][] cells = new StackPane[0][0];
    private Label[][] counts = new Label[0][0];
    /**
     * Each cell's tint, a plain region under its count whose background is set directly: an inline style
     * (setStyle) made JavaFX parse and re-apply CSS to every changed cell at each redraw, about 30 ms of the FX
     * thread per redraw of a 10 x 10 matrix while training.
     */
    private Region[][] tints = new Region[0][0];
    /** What each cell was last given, so that a redraw touches only what changed. */
    private String[][] shownTint = new String[0][0];
    private ConfusionMatrix shown;
    private List<String> shownNames = List.of();
    private String[][] shownCountClass = new String[0][0];
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private String sizeClass = "";

    ConfusionGrid(BiConsumer<Integer, Integer> clicked) {
        this.clicked = clicked;
        setId("confusion-grid");
        getStyleClass().add("confusion-grid");
        trueAxis.setRotate(-90);
    }

    /**
     * Never smaller than cells that hold their text: below that the view scrolls (ConfusionMatrixView) instead of
     * squeezing ten rows into ten-pixel strips where counts and class names overlap.
     */
    @Override
    protected double computeMinHeight(double width) {
        int k = cells.length;
        if (k == 0) {
            return 120;
        }
        return snappedTopInset() + predictedAxis.prefHeight(-1) + columnNames.get(0).prefHeight(-1) + 4
                + k * MIN_CELL_HEIGHT + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        int k = cells.length;
        if (k == 0) {
            return 120;
        }
        double names = rowNames.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0) + 8;
        return snappedLeftInset() + trueAxis.prefHeight(-1) + 4 + names + k * MIN_CELL_WIDTH + snappedRightInset();
    }

    private static Label axisLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-axis");
        return l;
    }

    /** A new set of classes: builds the cells, all empty. */
    void build(List<String> classNames) {
        int k = classNames.size();
        getChildren().clear();
        rowNames.clear();
        columnNames.clear();
        cells = new StackPane[k][k];
        counts = new Label[k][k];
        tints = new Region[k][k];
        shownTint = new String[k][k];
        shownCountClass = new String[k][k];
        selectedRow = -1;
        selectedColumn = -1;
        sizeClass = "";
        for (int i = 0; i < k; i++) {
            rowNames.add(className(classNames.get(i), Pos.CENTER_RIGHT));
            columnNames.add(className(classNames.get(i), Pos.CENTER));
        }
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                counts[a][p] = new Label();
                counts[a][p].getStyleClass().add("confusion-count");
                counts[a][p].setMinWidth(Region.USE_PREF_SIZE); // a count is never cut to "…", even in a small cell
                tints[a][p] = new Region();
                tints[a][p].setMouseTransparent(true);
                StackPane cell = new StackPane(tints[a][p], counts[a][p]);
                cell.setId("confusion-cell-" + a + "-" + p);
                cell.getStyleClass().add("confusion-cell");
                int row = a;
                int column = p;
                cell.setOnMouseClicked(e -> clicked.accept(row, column));
                // A tooltip is a popup window with a scene of its own: made on the first hover, not for every
                // cell at every run's start.
                cell.setOnMouseEntered(e -> {
                    if (!cell.getProperties().containsKey(TOOLTIP_KEY)) {
                        Tooltip tip = new Tooltip();
                        tip.setOnShowing(shown -> tip.setText(describe(row, column)));
                        Tooltip.install(cell, tip);
                    }
                });
                cells[a][p] = cell;
            }
        }
        getChildren().addAll(trueAxis, predictedAxis);
        getChildren().addAll(rowNames);
        getChildren().addAll(columnNames);
        for (StackPane[] row : cells) {
            getChildren().addAll(row);
        }
        if (k > 0) {
            show(ConfusionMatrix.of(k, new int[0], new int[0]), classNames);
        }
    }

    private static Label className(String name, Pos alignment) {
        Label l = new Label(name);
        l.getStyleClass().add("confusion-class");
        l.setAlignment(alignment);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinWidth(0);
        return l;
    }

    /** Writes counts and tints; the classes must be those the grid was built for. */
    void show(ConfusionMatrix m, List<String> classNames) {
        shown = m;
        shownNames = classNames;
        for (int a = 0; a < m.classes() && a < cells.length; a++) {
            for (int p = 0; p < m.classes() && p < cells.length; p++) {
                int n = m.count(a, p);
                double share = m.rowShare(a, p);
                counts[a][p].setText(Integer.toString(n));
                // The square root lifts rare mistakes (2 of 50) into view without drowning the diagonal.
                double alpha = n == 0 ? 0 : 0.12 + 0.83 * Math.sqrt(share);
                // Two decimals of alpha are more than the eye tells apart, and keep most cells unchanged.
                String tint = n == 0 ? "" : String.format(Locale.ROOT, "%s%.2f", a == p ? "right" : "wrong", alpha);
                if (!tint.equals(shownTint[a][p])) {
                    double rounded = Math.round(alpha * 100) / 100.0;
                    Color c = a == p ? Color.rgb(0, 114, 178, rounded) : Color.rgb(213, 94, 0, rounded);
                    tints[a][p].setBackground(n == 0 ? null
                            : new Background(new BackgroundFill(c, RADII, Insets.EMPTY)));
                    shownTint[a][p] = tint;
                }
                String countClass = n == 0 ? "confusion-count-zero" : alpha > 0.5 ? "confusion-count-strong"
                        : "confusion-count-plain";
                if (!countClass.equals(shownCountClass[a][p])) {
                    counts[a][p].getStyleClass().removeAll("confusion-count-strong", "confusion-count-zero",
                            "confusion-count-plain");
                    counts[a][p].getStyleClass().add(countClass);
                    shownCountClass[a][p] = countClass;
                }
            }
        }
    }

    /** A cell's tooltip, written when it shows rather than at each of the many redraws while training. */
    String describe(int a, int p) {
        if (shown == null || a >= shown.classes() || p >= shown.classes() || a >= shownNames.size()) {
            return "";
        }
        int n = shown.count(a, p);
        return String.format(Locale.ROOT, "True %s, predicted %s: %d sample%s (%.1f %% of true %s)."
                + " Click to list them.", shownNames.get(a), shownNames.get(p), n, n == 1 ? "" : "s",
                100 * shown.rowShare(a, p), shownNames.get(a));
    }

    /** The colour of a cell's tint; transparent when it has none. For tests. */
    Color tintOf(int row, int column) {
        Background b = tints[row][column].getBackground();
        return b == null || b.getFills().isEmpty() ? Color.TRANSPARENT : (Color) b.getFills().get(0).getFill();
    }

    void select(int row, int column) {
        if (selectedRow >= 0 && selectedRow < cells.length) {
            cells[selectedRow][selectedColumn].getStyleClass().remove("selected");
        }
        selectedRow = row;
        selectedColumn = column;
        if (row >= 0 && row < cells.length) {
            cells[row][column].getStyleClass().add("selected");
        }
    }

    @Override
    protected void layoutChildren() {
        int k = cells.length;
        if (k == 0) {
            return;
        }
        double axis = trueAxis.prefHeight(-1);
        double namesWidth = Math.min(getWidth() * 0.35, rowNames.stream().mapToDouble(l -> l.prefWidth(-1)).max()
                .orElse(0) + 8);
        double namesHeight = columnNames.get(0).prefHeight(-1) + 4;
        double left = snappedLeftInset() + axis + 4 + namesWidth;
        double top = snappedTopInset() + predictedAxis.prefHeight(-1) + namesHeight;
        // Cells fill the space, wider than tall where the dock is (they hold numbers written across), but never
        // more than three times as wide: a long thin bar no longer reads as a cell.
        double cellHeight = Math.max(MIN_CELL_HEIGHT, Math.floor((getHeight() - top - snappedBottomInset()) / k));
        double cellWidth = Math.max(MIN_CELL_WIDTH, Math.floor(Math.min((getWidth() - left - snappedRightInset()) / k,
                3 * cellHeight)));
        double gridWidth = cellWidth * k;
        double gridHeight = cellHeight * k;
        left += Math.max(0, (getWidth() - left - snappedRightInset() - gridWidth) / 2);
        useSizeClass(cellWidth, cellHeight);
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                cells[a][p].resizeRelocate(left + p * cellWidth, top + a * cellHeight, cellWidth - GAP,
                        cellHeight - GAP);
            }
            rowNames.get(a).resizeRelocate(left - namesWidth - 4, top + a * cellHeight, namesWidth, cellHeight - GAP);
            columnNames.get(a).resizeRelocate(left + a * cellWidth, top - namesHeight, cellWidth - GAP,
                    namesHeight - 4);
        }
        double ph = predictedAxis.prefHeight(-1);
        predictedAxis.resizeRelocate(left + gridWidth / 2 - predictedAxis.prefWidth(-1) / 2, snappedTopInset(),
                predictedAxis.prefWidth(-1), ph);
        double tw = trueAxis.prefWidth(-1);
        // Rotated about its centre: place the centre left of the row names, half-way down the grid.
        trueAxis.resizeRelocate(left - namesWidth - 4 - axis / 2 - tw / 2 - 2, top + gridHeight / 2 - axis / 2, tw, axis);
    }

    /** Counts grow with their cells (in em, so the shell's text size still scales them) up to projector size. */
    private void useSizeClass(double width, double height) {
        String wanted = height >= 64 && width >= 80 ? "confusion-large"
                : height >= 34 && width >= 50 ? "confusion-medium" : "confusion-small";
        if (!wanted.equals(sizeClass)) {
            getStyleClass().removeAll("confusion-large", "confusion-medium", "confusion-small");
            getStyleClass().add(wanted);
            sizeClass = wanted;
        }
    }

    /** The count written in a cell; for tests. */
    String countText(int row, int column) {
        return counts[row][column].getText();
    }
}
