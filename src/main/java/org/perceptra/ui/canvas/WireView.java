package org.perceptra.ui.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.perceptra.model.Connection;
import org.perceptra.model.Shape;

/**
 * A wire: a horizontal S-curve from an output port to an input port, an arrow head where it enters, and a
 * small pill in the middle naming the tensor shape it carries. Plain shapes rather than controls, because a
 * large graph has hundreds of these.
 */
final class WireView extends Group {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final double ARROW = 7;

    private final Connection connection;
    private final CubicCurve curve = new CubicCurve();
    /** Invisible, wider copy of the curve: what a click has to hit to select the wire. */
    private final CubicCurve hit = new CubicCurve();
    private final Polygon arrow = new Polygon();
    private final Rectangle labelBackground = new Rectangle();
    private final Text label = new Text();
    private Shape shownShape;
    private boolean labelled = true;

    WireView(Connection connection) {
        this.connection = connection;
        getStyleClass().add(CanvasStyles.WIRE);
        curve.getStyleClass().add(CanvasStyles.WIRE_CURVE);
        arrow.getStyleClass().add(CanvasStyles.WIRE_ARROW);
        labelBackground.getStyleClass().add(CanvasStyles.WIRE_LABEL_BG);
        label.getStyleClass().add(CanvasStyles.WIRE_LABEL);
        labelBackground.setArcWidth(10);
        labelBackground.setArcHeight(10);
        labelBackground.setMouseTransparent(true);
        label.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        label.setTextOrigin(VPos.CENTER);
        // The font comes from CSS after creation: re-centre the pill once the text knows its real size.
        label.layoutBoundsProperty().addListener((o, a, b) -> placeLabel());
        hit.getStyleClass().add("wire-hit");
        hit.startXProperty().bind(curve.startXProperty());
        hit.startYProperty().bind(curve.startYProperty());
        hit.controlX1Property().bind(curve.controlX1Property());
        hit.controlY1Property().bind(curve.controlY1Property());
        hit.controlX2Property().bind(curve.controlX2Property());
        hit.controlY2Property().bind(curve.controlY2Property());
        hit.endXProperty().bind(curve.endXProperty());
        hit.endYProperty().bind(curve.endYProperty());
        curve.setMouseTransparent(true);
        getChildren().addAll(hit, curve, arrow, labelBackground, label);
    }

    Connection connection() {
        return connection;
    }

    /** The curve between the two ports, in canvas units. */
    void route(Point2D from, Point2D to) {
        double end = to.getX() - ARROW;
        double pull = Math.max(40, Math.abs(end - from.getX()) * 0.5);
        curve.setStartX(from.getX());
        curve.setStartY(from.getY());
        curve.setControlX1(from.getX() + pull);
        curve.setControlY1(from.getY());
        curve.setControlX2(end - pull);
        curve.setControlY2(to.getY());
        curve.setEndX(end);
        curve.setEndY(to.getY());
        arrow.getPoints().setAll(end, to.getY() - ARROW / 1.6, to.getX(), to.getY(), end, to.getY() + ARROW / 1.6);
        placeLabel();
    }

    /** The shape the wire carries: the output shape of its source, or null when unknown. */
    void showShape(Shape shape) {
        if (shape != null && shape.equals(shownShape) && !label.getText().isEmpty()) {
            return;
        }
        shownShape = shape;
        label.setText(shape == null ? "?" : shape.toString());
        pseudoClassStateChanged(BROKEN, shape == null);
        placeLabel();
    }

    void setLabelled(boolean labelled) {
        this.labelled = labelled;
        placeLabel();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    String labelText() {
        return label.getText();
    }

    /** The middle of a cubic Bezier is (p0 + 3 c1 + 3 c2 + p3) / 8. */
    private void placeLabel() {
        double chord = Math.hypot(curve.getEndX() - curve.getStartX(), curve.getEndY() - curve.getStartY());
        // On a wire shorter than its pill the pill would cover both ports; the cards show the shape anyway.
        boolean fits = chord > label.getLayoutBounds().getWidth() + 36;
        label.setVisible(labelled && fits);
        labelBackground.setVisible(labelled && fits);
        if (!labelled || !fits) {
            return;
        }
        double mx = (curve.getStartX() + 3 * curve.getControlX1() + 3 * curve.getControlX2() + curve.getEndX()) / 8;
        double my = (curve.getStartY() + 3 * curve.getControlY1() + 3 * curve.getControlY2() + curve.getEndY()) / 8;
        double w = label.getLayoutBounds().getWidth();
        double h = label.getLayoutBounds().getHeight();
        label.setX(mx - w / 2);
        label.setY(my);
        labelBackground.setX(mx - w / 2 - 6);
        labelBackground.setY(my - h / 2 - 2);
        labelBackground.setWidth(w + 12);
        labelBackground.setHeight(h + 4);
    }
}
