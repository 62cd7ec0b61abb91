package org.perceptra.ui.canvas;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What floats above the graph at screen scale, whatever the zoom: the bubble next to a dragged wire saying
 * whether it may be dropped (and why not), a short message at the bottom for refused edits, the marquee
 * rectangle, and the hint on an empty canvas.
 */
final class CanvasHud extends Pane {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final double HINT_WIDTH = 360;

    private final Label hint = new Label();
    private final Label hintWarning = new Label();
    private final VBox hintBox = new VBox(hint, hintWarning);
    private final Label toast = new Label();
    private final Label empty = new Label("Drag a layer from the palette onto the canvas, or double-click it.\n"
            + "Drag from a layer's right port to another layer to connect them.");
    private final SequentialTransition toastFade;

    CanvasHud() {
        setMouseTransparent(true);
        setPickOnBounds(false);
        hintBox.getStyleClass().add(CanvasStyles.DROP_HINT);
        hint.setWrapText(true);
        hintWarning.setWrapText(true);
        hintWarning.getStyleClass().add("hint-warning");
        hintBox.setVisible(false);
        hintBox.setManaged(false);
        toast.getStyleClass().add(CanvasStyles.TOAST);
        toast.setWrapText(true);
        toast.setVisible(false);
        toast.setManaged(false);
        empty.getStyleClass().add(CanvasStyles.EMPTY_HINT);
        empty.setGraphic(new FontIcon("mdi2g-gesture-tap-hold"));
        empty.setManaged(false);
        PauseTransition stay = new PauseTransition(Duration.seconds(4));
        FadeTransition fade = new FadeTransition(Duration.millis(400), toast);
        fade.setFromValue(1);
        fade.setToValue(0);
        toastFade = new SequentialTransition(stay, fade);
        toastFade.setOnFinished(e -> toast.setVisible(false));
        getChildren().addAll(empty, hintBox, toast);
    }

    /** The bubble beside the cursor while a wire is dragged over a layer. */
    void showHint(double x, double y, String text, String warning, boolean allowed) {
        hint.setText(text);
        hint.setGraphic(new FontIcon(allowed ? "mdi2c-check-circle" : "mdi2c-close-circle"));
        hintWarning.setText(warning);
        hintWarning.setVisible(!warning.isEmpty());
        hintWarning.setManaged(!warning.isEmpty());
        hintBox.pseudoClassStateChanged(REFUSED, !allowed);
        hintBox.setVisible(true);
        double w = Math.min(HINT_WIDTH, hintBox.prefWidth(-1));
        hintBox.resize(w, hintBox.prefHeight(w));
        double left = x + 18 + w > getWidth() ? x - 18 - w : x + 18;
        hintBox.relocate(Math.max(4, left), Math.max(4, y + 14));
    }

    void hideHint() {
        hintBox.setVisible(false);
    }

    /** The current hint's text, or empty when none shows (tests read it). */
    String hintText() {
        return hintBox.isVisible() ? hint.getText() : "";
    }

    /** A message at the bottom of the canvas that fades after a few seconds. */
    void toast(String message, boolean error) {
        toast.setText(message);
        toast.pseudoClassStateChanged(ERROR, error);
        toast.setOpacity(1);
        toast.setVisible(true);
        toastFade.playFromStart();
        requestLayout();
    }

    String toastText() {
        return toast.isVisible() ? toast.getText() : "";
    }

    void setEmptyHintVisible(boolean visible) {
        empty.setVisible(visible);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double tw = Math.min(w - 40, toast.prefWidth(-1));
        double th = toast.prefHeight(tw);
        toast.resizeRelocate((w - tw) / 2, h - th - 24, tw, th);
        double ew = Math.min(w - 40, empty.prefWidth(-1));
        double eh = empty.prefHeight(ew);
        empty.resizeRelocate((w - ew) / 2, (h - eh) / 2, ew, eh);
    }
}
