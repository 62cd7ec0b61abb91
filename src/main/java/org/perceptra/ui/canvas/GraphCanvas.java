package org.perceptra.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.perceptra.edit.Document;
import org.perceptra.model.NodeId;
import org.perceptra.ui.Selection;

/** PLACEHOLDER with the agreed constructor and methods, so the shell compiles; the canvas branch replaces it. */
public class GraphCanvas extends Region {
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final Document document;
    private final Selection selection;
    private final Label label = new Label("Canvas");

    public GraphCanvas(Document document, Selection selection) {
        this.document = document;
        this.selection = selection;
        getChildren().add(label);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        label.autosize();
        label.relocate((getWidth() - label.getWidth()) / 2, (getHeight() - label.getHeight()) / 2);
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(zoom.get() * 1.25);
    }

    public void zoomOut() {
        zoom.set(zoom.get() / 1.25);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    public void fitToView() {
        zoom.set(1.0);
    }

    public void autoArrange() {
    }

    public void reveal(NodeId id) {
        selection.select(id);
    }

    public void deleteSelection() {
    }

    public void cut() {
    }

    public void copy() {
    }

    public void paste() {
    }

    public void duplicate() {
    }

    public void selectAll() {
        selection.selectAll(document.project().graph().nodeIds());
    }

    public void nudge(double dx, double dy) {
    }

    public void setGridSnap(boolean snap) {
    }
}
