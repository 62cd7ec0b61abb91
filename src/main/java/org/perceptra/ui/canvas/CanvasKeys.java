package org.perceptra.ui.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's keys, for when it has the focus: Delete, arrows to nudge (Shift: five grid steps), + and - to
 * zoom, 0 to fit (Ctrl+0: 100 %), F to freeze or unfreeze the selected layers, Ctrl+X/C/V/D/A, space held to
 * pan, Escape to drop a gesture or the selection. Each handled key is consumed, so a menu accelerator for the same key does not run it twice.
 */
final class CanvasKeys {
    private final GraphCanvas canvas;
    private final CanvasMouse mouse;

    CanvasKeys(GraphCanvas canvas, CanvasMouse mouse) {
        this.canvas = canvas;
        this.mouse = mouse;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() ? shortcut(e.getCode()) : plain(e)) {
                e.consume();
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && typed(e.getCharacter())) {
                e.consume();
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                mouse.setPanMode(false);
                e.consume();
            }
        });
        canvas.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                mouse.setPanMode(false);
            }
        });
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case X -> canvas.cut();
            case C -> canvas.copy();
            case V -> canvas.paste();
            case D -> canvas.duplicate();
            case A -> canvas.selectAll();
            case DIGIT0, NUMPAD0 -> canvas.resetZoom();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plain(KeyEvent e) {
        double step = e.isShiftDown() ? GraphCanvas.GRID * 5 : GraphCanvas.GRID;
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> canvas.deleteSelection();
            case LEFT -> canvas.nudge(-step, 0);
            case RIGHT -> canvas.nudge(step, 0);
            case UP -> canvas.nudge(0, -step);
            case DOWN -> canvas.nudge(0, step);
            case SPACE -> mouse.setPanMode(true);
            case ESCAPE -> {
                if (!mouse.cancel()) {
                    canvas.clearSelection();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Zoom keys by character, so that "+" works whatever key the keyboard layout puts it on. */
    private boolean typed(String ch) {
        switch (ch) {
            case "+", "=" -> canvas.zoomIn();
            case "-" -> canvas.zoomOut();
            case "0" -> canvas.fitToView();
            case "f", "F" -> canvas.toggleFrozen();
            default -> {
                return false;
            }
        }
        return true;
    }
}
