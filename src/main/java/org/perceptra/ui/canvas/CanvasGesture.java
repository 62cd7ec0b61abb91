package org.perceptra.ui.canvas;

import javafx.scene.input.MouseEvent;

/** One mouse gesture on the canvas, from press to release (move, wire, marquee, pan): one small class each. */
interface CanvasGesture {
    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** Escape pressed or the canvas lost the mouse: undo any preview, send no edit. */
    default void cancel() {
    }
}
