package org.perceptra.ui.live;

import java.util.Locale;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.ui.live.LiveTraining.Phase;

/**
 * The buttons that drive a run (Train, Continue from the project's saved run, Pause/Resume, Step batch, Step epoch, Stop, Reset weights), a progress bar
 * with epoch, step, speed and time left, and, when a run fails or is refused, what happened and what to try, in
 * plain words.
 */
public final class TrainingControls extends Region {
    private final LiveTraining training;
    private final Button train = button("train", "Train", "mdi2p-play", "Train from fresh weights (Continue picks up where the saved run stopped)");
    private final Button continueRun = button("continue-training", "Continue", "mdi2f-fast-forward",
            "Go on from the weights and optimiser state saved in the project, exactly where that run stopped");
    private final Button pause = button("pause", "Pause", "mdi2p-pause", "Pause after the step in progress");
    private final Button resume = button("resume", "Resume", "mdi2p-play", "Go on training");
    private final Button stepBatch = button("step-batch", "Step batch", "mdi2s-step-forward",
            "Train exactly one batch, then pause");
    private final Button stepEpoch = button("step-epoch", "Step epoch", "mdi2s-skip-next",
            "Train to the end of this epoch, then pause");
    private final Button stop = button("stop", "Stop", "mdi2s-stop", "End the run; the weights keep what they learned");
    private final Button reset = button("reset", "Reset weights", "mdi2r-restore",
            "Forget what was learned: the next Train starts from fresh weights");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label phaseLabel = new Label();
    private final Label epochLabel = new Label();
    private final Label stepLabel = new Label();
    private final Label speedLabel = new Label();
    private final Label etaLabel = new Label();
    private final Label problem = new Label();
    private final Label snapshot = new Label();
    private final AdjustPanel adjust;
    private final VBox problemBox = new VBox(4);
    private final VBox root;
    private final RedrawScheduler figures = RedrawScheduler.forNode(this, FIGURES_NANOS,
            () -> FxCosts.measure("controls: progress figures", this::refreshFigures));
    /** The progress figures follow a running run 4 times a second. */
    static final long FIGURES_NANOS = 250_000_000L;

    public TrainingControls(LiveTraining training) {
        this.training = training;
        getStylesheets().add(TrainingControls.class.getResource("live.css").toExternalForm());
        getStyleClass().add("training-controls");
        train.getStyleClass().add("accent");
        train.setTooltip(new Tooltip("Train a copy of the design as it is now; later edits apply from the next Train."));
        stop.getStyleClass().add("danger");
        for (Button b : new Button[] {pause, resume}) {
            b.managedProperty().bind(b.visibleProperty());
        }
        train.setOnAction(e -> training.train());
        continueRun.setOnAction(e -> training.continueTraining());
        pause.setOnAction(e -> training.pause());
        resume.setOnAction(e -> training.resume());
        stepBatch.setOnAction(e -> training.stepBatch());
        stepEpoch.setOnAction(e -> training.stepEpoch());
        stop.setOnAction(e -> training.stop());
        reset.setOnAction(e -> training.resetWeights());

        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("training-progress");
        stepLabel.setId("step-count");
        epochLabel.setId("epoch-count");
        speedLabel.setId("steps-per-second");
        phaseLabel.setId("training-phase");
        phaseLabel.getStyleClass().add("phase-label");
        for (Label l : new Label[] {epochLabel, stepLabel, speedLabel, etaLabel}) {
            l.getStyleClass().add("progress-figure");
        }
        for (Label l : new Label[] {phaseLabel, epochLabel, stepLabel, speedLabel, etaLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // figures are read, never "Ep..."
        }
        // The bar stretches; the figures sit on one line beside it, under the buttons, so that neither squeezes
        // the other when the dashboard is narrow.
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox progressBox = new HBox(16, progress, phaseLabel, epochLabel, stepLabel, speedLabel, etaLabel);
        progressBox.setAlignment(Pos.CENTER_LEFT);
        snapshot.setId("snapshot-note");
        snapshot.getStyleClass().add("snapshot-note");
        snapshot.setGraphic(new FontIcon("mdi2c-content-copy"));
        snapshot.setMinWidth(40);
        snapshot.setWrapText(true); // two short lines beside the buttons rather than one cut off
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, train, continueRun, pause, resume, stepBatch, stepEpoch, stop, separator(), reset, gap, snapshot);
        buttons.setAlignment(Pos.CENTER_LEFT);
        adjust = new AdjustPanel(training);
        VBox bar = new VBox(8, buttons, progressBox, adjust);
        problem.setWrapText(true);
        problem.setId("training-problem");
        problemBox.getStyleClass().add("problem-box");
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        root = new VBox(8, bar, problemBox);
        root.setPadding(new Insets(10, 14, 10, 14));
        getChildren().add(root);

        training.phaseProperty().addListener(this::refresh);
        training.iterationProperty().addListener(this::figuresChanged);
        training.totalStepsProperty().addListener(this::figuresChanged);
        training.epochProperty().addListener(this::figuresChanged);
        training.stepsPerSecondProperty().addListener(this::figuresChanged);
        training.messageProperty().addListener(this::refresh);
        training.snapshotTakenProperty().addListener(this::refresh);
        training.continuableProperty().addListener(this::refresh);
        refresh(null);
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Separator separator() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPadding(new Insets(0, 2, 0, 2));
        return s;
    }

    /**
     * While a run goes, the figures change with every delivery of events (20 a second); redrawing their text that
     * often would cost layout and frames for nothing anyone reads, so they follow 4 times a second. Otherwise (a
     * pause, a single step) at once.
     */
    private void figuresChanged(Observable ignored) {
        if (training.phaseProperty().get() == Phase.RUNNING) {
            figures.request();
        } else {
            figures.requestNow();
        }
    }

    private void refresh(Observable ignored) {
        Phase p = training.phaseProperty().get();
        boolean going = p == Phase.RUNNING || p == Phase.PAUSED;
        train.setDisable(!p.canStartNew());
        continueRun.setDisable(!p.canStartNew() || !training.continuableProperty().get());
        pause.setVisible(p != Phase.PAUSED);
        pause.setDisable(p != Phase.RUNNING);
        resume.setVisible(p == Phase.PAUSED);
        stepBatch.setDisable(!(p == Phase.PAUSED || p.canStartNew()));
        stepEpoch.setDisable(stepBatch.isDisable());
        stop.setDisable(!going);
        reset.setDisable(p == Phase.PREPARING || (p == Phase.IDLE && training.iterationProperty().get() == 0));
        phaseLabel.setText(phaseText(p));
        setOnlyClass(phaseLabel, p == Phase.FAILED || p == Phase.REFUSED ? "phase-failed"
                : p == Phase.PAUSED ? "phase-paused" : "phase-running", "phase-failed", "phase-running", "phase-paused");
        showProblem(p);
        showSnapshot(p);
        figures.requestNow();
    }

    /** Gives {@code node} the style class {@code chosen} of {@code all}; unchanged classes cost no CSS pass. */
    private static void setOnlyClass(javafx.scene.Node node, String chosen, String... all) {
        for (String c : all) {
            if (!c.equals(chosen)) {
                node.getStyleClass().remove(c);
            }
        }
        if (!node.getStyleClass().contains(chosen)) {
            node.getStyleClass().add(chosen);
        }
    }

    private void refreshFigures() {
        Phase p = training.phaseProperty().get();
        long total = training.totalStepsProperty().get();
        long step = training.iterationProperty().get();
        progress.setProgress(p == Phase.PREPARING ? ProgressBar.INDETERMINATE_PROGRESS
                : total > 0 ? step / (double) total : 0);
        epochLabel.setText(training.epochsProperty().get() > 0
                ? String.format(Locale.ROOT, "Epoch %d / %d", training.epochProperty().get(), training.epochsProperty().get())
                : "Epoch –");
        stepLabel.setText(String.format(Locale.ROOT, "Step %,d", step) + (total > 0
                ? String.format(Locale.ROOT, " / %,d", total) : ""));
        double speed = training.stepsPerSecondProperty().get();
        speedLabel.setText(p == Phase.RUNNING && speed > 0 ? String.format(Locale.ROOT, "%,.0f steps/s", speed) : "");
        double eta = training.etaSeconds();
        etaLabel.setText(p == Phase.RUNNING && Double.isFinite(eta) ? duration(eta) + " left" : "");
    }

    /** The run keeps its own copy of the design: say so, and when it was taken, so that edits surprise no one. */
    private void showSnapshot(Phase p) {
        java.time.Instant taken = training.snapshotTakenProperty().get();
        boolean shown = taken != null && p != Phase.IDLE && p != Phase.REFUSED;
        snapshot.setVisible(shown);
        if (shown) {
            String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
                    .format(taken.atZone(java.time.ZoneId.systemDefault()));
            boolean going = p == Phase.RUNNING || p == Phase.PAUSED || p == Phase.PREPARING;
            snapshot.setText((going ? "Training a copy of the network taken at " : "Trained a copy of the network "
                    + "taken at ") + at + "; edits apply to the next run");
            snapshot.setTooltip(new Tooltip("The run trains the design as it was when Train was pressed. The "
                    + "designer stays editable; press Train again (or Reset weights) to train the edited network."));
        }
    }

    private void showProblem(Phase p) {
        String text = training.messageProperty().get();
        problemBox.setVisible(!text.isEmpty());
        setOnlyClass(problemBox, p == Phase.FAILED || p == Phase.REFUSED ? "problem-error" : "problem-info",
                "problem-error", "problem-info");
        if (text.isEmpty()) {
            problemBox.getChildren().clear();
            return;
        }
        problem.setText(text);
        problem.setGraphic(new FontIcon(p == Phase.FAILED || p == Phase.REFUSED ? "mdi2a-alert-octagon" : "mdi2i-information"));
        problemBox.getChildren().setAll(problem);
        for (String s : training.suggestions()) {
            Label tip = new Label("Try: " + s);
            tip.getStyleClass().add("suggestion");
            tip.setWrapText(true);
            problemBox.getChildren().add(tip);
        }
    }

    private static String phaseText(Phase p) {
        return switch (p) {
            case IDLE -> "Ready";
            case PREPARING -> "Preparing…";
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
            case REFUSED -> "Cannot train";
        };
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The panel that changes settings while paused (tests). */
    AdjustPanel adjustPanel() {
        return adjust;
    }

    @Override
    protected void layoutChildren() {
        root.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        return root.prefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return root.prefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return root.minHeight(width);
    }
}
