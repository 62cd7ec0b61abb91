package org.perceptra.ui.canvas;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.shape.Rectangle;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.ui.theme.FamilyColors;

/**
 * A layer seen from far away: one rounded rectangle in its family colour, the size of its card, outlined in
 * red when it has an error. One scene-graph node instead of a card's two dozen, which is what keeps a whole
 * large network in view smooth; text would be unreadable at that size anyway.
 */
final class NodeSketch extends Rectangle {
    private final NodeId id;

    NodeSketch(NodeId id) {
        this.id = id;
        getStyleClass().add("node-sketch");
        setArcWidth(16);
        setArcHeight(16);
    }

    NodeId id() {
        return id;
    }

    void show(LayerNode node, List<Diagnostic> diagnostics, Dimension2D size) {
        moveTo(node.position().x(), node.position().y());
        setFill(FamilyColors.of(node.kind().family()));
        pseudoClassStateChanged(NodeView.ERROR, diagnostics.stream().anyMatch(Diagnostic::isError));
        resize(size);
    }

    /** Top-left corner; set as x and y because relocate would shift the block by half its outline. */
    void moveTo(double x, double y) {
        setX(x);
        setY(y);
    }

    void resize(Dimension2D size) {
        setWidth(size.getWidth());
        setHeight(size.getHeight());
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(NodeView.SELECTED, selected);
    }
}
