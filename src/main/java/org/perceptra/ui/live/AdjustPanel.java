package org.perceptra.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.engine.session.Adjustment;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.Tunables;
import org.perceptra.ui.live.LiveTraining.Phase;

/**
 * Shown while a run is paused: the settings that can change without rebuilding the network (learning rate,
 * weight decay, dropout rate), filled with the values the run uses now. Apply sends the changed ones; the run
 * takes them from its next step and the loss chart marks the spot. Values are checked before they are sent,
 * and a refusal is said next to the fields.
 */
final class AdjustPanel extends VBox implements LiveTraining.Observer {
    private final LiveTraining training;
    private final TextField learningRate = field("adjust-learning-rate");
    private final TextField weightDecay = field("adjust-weight-decay");
    private final TextField dropout = field("adjust-dropout");
    private final Button apply = new Button("Apply", new FontIcon("mdi2c-check"));
    private final Label status = new Label();
    private Tunables shown = Tunables.NONE;

    AdjustPanel(LiveTraining training) {
        super(4);
        this.training = training;
        getStyleClass().add("adjust-panel");
        setId("adjust-panel");
        apply.setId("apply-adjustment");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setOnAction(e -> apply());
        for (TextField f : List.of(learningRate, weightDecay, dropout)) {
            f.setOnAction(e -> apply());
        }
        learningRate.setTooltip(new Tooltip("The rate of every step from now on. With a schedule, the schedule keeps "
                + "its shape, scaled to this base rate."));
        weightDecay.setTooltip(new Tooltip("How strongly weights are pulled towards 0 each step (0 = off)."));
        Label title = new Label("Change while paused", new FontIcon("mdi2t-tune-vertical"));
        title.getStyleClass().add("adjust-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, title, label("Learning rate"), learningRate, label("Weight decay"), weightDecay,
                label("Dropout rate"), dropout, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        status.setId("adjust-status");
        status.setWrapText(true);
        status.getStyleClass().add("adjust-status");
        getChildren().addAll(row, status);
        managedProperty().bind(visibleProperty());
        training.phaseProperty().addListener((o, was, now) -> phaseChanged(now));
        training.addObserver(this);
        phaseChanged(training.phaseProperty().get());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("view-tool-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void phaseChanged(Phase p) {
        boolean paused = p == Phase.PAUSED;
        setVisible(paused);
        if (paused) {
            fill(training.tunables());
            status.getStyleClass().remove("adjust-error");
            status.setText(NOT_ADJUSTABLE_NOTE);
        }
    }

    private static final String NOT_ADJUSTABLE_NOTE = "Layer sizes, activations and per-layer L1/L2 penalties are "
            + "compiled into the network: change them in the designer; they apply from the next run.";

    private void fill(Tunables t) {
        shown = t;
        learningRate.setText(t.adjustable() ? number(t.learningRate()) : "");
        weightDecay.setText(t.adjustable() ? number(t.weightDecay()) : "");
        dropout.setText(t.hasDropout() ? number(t.dropoutRate()) : "");
        dropout.setDisable(!t.hasDropout());
        dropout.setPromptText(t.hasDropout() ? "" : "no dropout");
        dropout.setTooltip(new Tooltip(t.hasDropout() ? "The share of units dropped in training, for all "
                + t.dropoutLayers() + " dropout layer(s)." : "This network has no Dropout layer."));
        for (TextField f : List.of(learningRate, weightDecay)) {
            f.setDisable(!t.adjustable());
        }
        apply.setDisable(!t.adjustable());
    }

    static String number(double v) {
        String text = String.format(Locale.ROOT, "%.6g", v);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }

    /** Sends the fields that differ from the run's values; says what is wrong instead when a value is not usable. */
    void apply() {
        List<String> problems = new ArrayList<>();
        Double lr = read(learningRate, "Learning rate", shown.learningRate(), problems);
        Double decay = read(weightDecay, "Weight decay", shown.weightDecay(), problems);
        Double drop = shown.hasDropout() ? read(dropout, "Dropout rate", shown.dropoutRate(), problems) : null;
        Adjustment a = new Adjustment(lr, decay, drop);
        problems.addAll(a.problems());
        if (!problems.isEmpty()) {
            error(String.join(" ", problems));
            return;
        }
        if (a.isEmpty()) {
            say("Nothing to change: these are the values the run uses.");
            return;
        }
        try {
            training.adjust(a);
            say("Applying…");
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
        }
    }

    /** The field's number when it differs from {@code current}; null when unchanged or unreadable. */
    private static Double read(TextField f, String name, double current, List<String> problems) {
        String text = f.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return v == current ? null : v;
        } catch (NumberFormatException e) {
            problems.add(name + ": “" + text + "” is not a number; type one such as 0.001.");
            return null;
        }
    }

    private void error(String text) {
        status.setText(text);
        if (!status.getStyleClass().contains("adjust-error")) {
            status.getStyleClass().add("adjust-error");
        }
    }

    private void say(String text) {
        status.getStyleClass().remove("adjust-error");
        status.setText(text);
    }

    @Override
    public void runPrepared(RunInfo run) {
    }

    @Override
    public void eventsArrived(List<TrainingEvent> events) {
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Adjusted a) {
                say("Changed from step " + String.format(Locale.ROOT, "%,d", a.iteration() + 1) + ": "
                        + a.describe() + ". Resume to go on with the new values.");
                fill(training.tunables());
            }
        }
    }

    String statusText() {
        return status.getText();
    }
}
