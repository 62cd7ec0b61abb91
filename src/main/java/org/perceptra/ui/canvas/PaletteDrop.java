package org.perceptra.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import org.perceptra.edit.AddNode;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;

/**
 * A layer kind dragged from the palette: a see-through card follows the mouse over the canvas, and the
 * release adds the layer where the card was shown, held by its header as if picked up there.
 */
final class PaletteDrop {
    private static final NodeId PREVIEW_ID = NodeId.of("_preview");
    private static final double GRAB_Y = 16;

    private final GraphCanvas canvas;
    private NodeView ghost;
    private LayerKind ghostKind;

    PaletteDrop(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    boolean preview(LayerKind kind, double screenX, double screenY) {
        Point2D local = insideCanvas(screenX, screenY);
        if (local == null) {
            cancel();
            return false;
        }
        if (ghost == null || ghostKind != kind) {
            cancel();
            ghost = new NodeView(new LayerNode(PREVIEW_ID, kind.displayName(), kind, kind.defaults(), Position.ORIGIN));
            ghost.show(new LayerNode(PREVIEW_ID, kind.displayName(), kind, kind.defaults(), Position.ORIGIN), null, List.of());
            ghost.getStyleClass().add(CanvasStyles.GHOST);
            ghost.setMouseTransparent(true);
            ghostKind = kind;
            canvas.overlay().getChildren().add(ghost);
            ghost.applyCss();
        }
        Position p = spot(local);
        ghost.relocate(p.x(), p.y());
        return true;
    }

    boolean drop(LayerKind kind, double screenX, double screenY) {
        Point2D local = insideCanvas(screenX, screenY);
        Position p = local == null ? null : spot(local);
        cancel();
        if (p == null) {
            return false;
        }
        NodeId id = canvas.graph().freshId(kind.namePrefix());
        if (canvas.run(new AddNode(new LayerNode(id, id.value(), kind, kind.defaults(), p)))) {
            canvas.select(id);
        }
        canvas.requestFocus();
        return true;
    }

    void cancel() {
        if (ghost != null) {
            canvas.overlay().getChildren().remove(ghost);
            ghost = null;
            ghostKind = null;
        }
    }

    private Point2D insideCanvas(double screenX, double screenY) {
        Point2D local = canvas.screenToLocal(screenX, screenY);
        if (local == null || local.getX() < 0 || local.getY() < 0
                || local.getX() > canvas.getWidth() || local.getY() > canvas.getHeight()) {
            return null;
        }
        return local;
    }

    /** Top-left corner for a card held at its header's middle. */
    private Position spot(Point2D local) {
        Point2D p = canvas.viewport().toCanvas(local.getX(), local.getY());
        double halfWidth = ghost != null && ghost.width() > 0 ? ghost.width() / 2 : 90;
        return new Position(canvas.snap(p.getX() - halfWidth), canvas.snap(p.getY() - GRAB_Y));
    }
}
