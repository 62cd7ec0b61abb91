package org.perceptra.ui.canvas;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A node's input (left) or output (right) port. The visible dot is small; a larger transparent ring around
 * it is what the mouse has to hit, so that a student on a touchpad does not need to aim at six pixels.
 */
final class PortView extends Group {
    enum Side { IN, OUT }

    private static final double HIT_RADIUS = 12;
    private static final double DOT_RADIUS = 6;

    private final NodeView owner;
    private final Side side;

    PortView(NodeView owner, Side side, boolean present) {
        this.owner = owner;
        this.side = side;
        Circle hit = new Circle(HIT_RADIUS, Color.TRANSPARENT);
        Circle dot = new Circle(DOT_RADIUS);
        dot.getStyleClass().addAll(CanvasStyles.PORT, side == Side.IN ? CanvasStyles.PORT_IN : CanvasStyles.PORT_OUT);
        getChildren().addAll(hit, dot);
        setVisible(present);
        setManaged(false);
    }

    NodeView owner() {
        return owner;
    }

    Side side() {
        return side;
    }

    void relocateCentre(double x, double y) {
        setLayoutX(x);
        setLayoutY(y);
    }
}
