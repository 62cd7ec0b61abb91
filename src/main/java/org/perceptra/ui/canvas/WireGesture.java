package org.perceptra.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.CubicCurve;
import org.perceptra.edit.Connect;
import org.perceptra.model.ConnectionCheck;
import org.perceptra.model.ConnectionCheck.Verdict;
import org.perceptra.model.NodeId;

/**
 * Dragging a wire out of a port. From an output port the wire looks for a layer to feed; from an input port,
 * for a layer to read from. Whatever layer is under the cursor says at once whether it accepts the wire,
 * and a refusal says why next to the cursor (ConnectionCheck's words). Releasing on an accepting layer sends
 * one {@link Connect}.
 */
final class WireGesture implements CanvasGesture {
    private static final double TARGET_SLACK = 14;

    private final GraphCanvas canvas;
    private final NodeView origin;
    private final boolean fromOutput;
    private final CubicCurve draft = new CubicCurve();
    private NodeId target;
    private Verdict verdict;

    WireGesture(GraphCanvas canvas, PortView port, MouseEvent press) {
        this.canvas = canvas;
        this.origin = port.owner();
        this.fromOutput = port.side() == PortView.Side.OUT;
        draft.getStyleClass().add(CanvasStyles.DRAFT_WIRE);
        draft.setMouseTransparent(true);
        canvas.overlay().getChildren().add(draft);
        drag(press);
    }

    @Override
    public void drag(MouseEvent e) {
        Point2D p = canvas.viewport().toCanvas(e.getX(), e.getY());
        NodeId over = canvas.graphScene().nodeAt(p, TARGET_SLACK / canvas.viewport().zoom());
        if (origin.id().equals(over)) {
            over = null; // the wire has just left its own layer; "cannot wire to itself" would only nag
        }
        if (over != target) {
            dropState(target, null);
            target = over;
            verdict = target == null ? null : check(target);
            dropState(target, verdict == null ? null : verdict.allowed());
        }
        Point2D end = target != null && verdict.allowed()
                ? (fromOutput ? canvas.graphScene().inPoint(target) : canvas.graphScene().outPoint(target)) : p;
        drawDraft(end);
        if (verdict == null) {
            canvas.hud().hideHint();
        } else if (verdict.allowed()) {
            canvas.hud().showHint(e.getX(), e.getY(), allowedText(), verdict.warningText().orElse(""), true);
        } else {
            canvas.hud().showHint(e.getX(), e.getY(), verdict.reason(), "", false);
        }
    }

    private Verdict check(NodeId other) {
        NodeId from = fromOutput ? origin.id() : other;
        NodeId to = fromOutput ? other : origin.id();
        return ConnectionCheck.check(canvas.document().project().graph(), from, to, canvas.document().analysis());
    }

    private String allowedText() {
        String name = canvas.graph().node(target).name();
        return fromOutput ? "Connect to " + name : "Take input from " + name;
    }

    private void dropState(NodeId id, Boolean allowed) {
        NodeView v = id == null ? null : canvas.graphScene().view(id);
        if (v != null) {
            v.setDropState(allowed);
        }
    }

    private void drawDraft(Point2D end) {
        Point2D start = fromOutput ? canvas.graphScene().outPoint(origin.id()) : canvas.graphScene().inPoint(origin.id());
        Point2D a = fromOutput ? start : end;
        Point2D b = fromOutput ? end : start;
        double pull = Math.max(40, Math.abs(b.getX() - a.getX()) * 0.5);
        draft.setStartX(a.getX());
        draft.setStartY(a.getY());
        draft.setControlX1(a.getX() + pull);
        draft.setControlY1(a.getY());
        draft.setControlX2(b.getX() - pull);
        draft.setControlY2(b.getY());
        draft.setEndX(b.getX());
        draft.setEndY(b.getY());
    }

    @Override
    public void release(MouseEvent e) {
        NodeId dropped = target;
        Verdict answer = verdict;
        cancel();
        if (dropped == null) {
            return;
        }
        if (answer.allowed()) {
            canvas.run(fromOutput ? new Connect(origin.id(), dropped) : new Connect(dropped, origin.id()));
        } else {
            canvas.hud().toast(answer.reason(), true);
        }
    }

    @Override
    public void cancel() {
        dropState(target, null);
        canvas.overlay().getChildren().remove(draft);
        canvas.hud().hideHint();
    }
}
