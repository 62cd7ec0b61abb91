package org.perceptra.ui.live;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.perceptra.engine.session.TrainingEvent;

/**
 * Live training in one panel: the controls on top and four docks below, so that loss, metrics, the decision
 * boundary (or, for regression, predictions against true values) and the weights (or health) are all visible at
 * once. Each dock can switch, export and be resized.
 */
public final class TrainingDashboard extends Region implements LiveTraining.Observer {
    private final LossView loss = new LossView();
    private final MetricsView metrics = new MetricsView();
    private final DecisionBoundaryView boundary = new DecisionBoundaryView();
    private final WeightsView weights = new WeightsView();
    private final HealthView health = new HealthView();
    private final PredictionsView predictions = new PredictionsView();
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final RocView roc = new RocView();
    private final MisclassifiedView misclassified = new MisclassifiedView();
    private final List<LiveView> views = List.of(loss, metrics, boundary, predictions, confusion, roc, misclassified,
            weights, health);
    /** How the network answers on samples: the plane, then the evaluation views; each offered only where it applies. */
    private final ViewDock planeDock = new ViewDock(List.of(boundary, predictions, confusion, roc, misclassified));
    private final TrainingControls controls;
    private final BorderPane root = new BorderPane();
    private final ViewDock layerDock = new ViewDock(List.of(weights, health));

    public TrainingDashboard(LiveTraining training) {
        getStylesheets().add(TrainingDashboard.class.getResource("live.css").toExternalForm());
        getStyleClass().add("training-dashboard");
        controls = new TrainingControls(training);
        SplitPane left = new SplitPane(new ViewDock(List.of(loss)), new ViewDock(List.of(metrics)));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        SplitPane right = new SplitPane(planeDock, layerDock);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        SplitPane docks = new SplitPane(left, right);
        docks.setDividerPositions(0.56);
        docks.getStyleClass().add("dashboard-docks");
        planeDock.runPrepared(RunInfo.NONE);
        root.setTop(controls);
        root.setCenter(docks);
        getChildren().add(root);
        training.addObserver(this);
    }

    @Override
    public void runPrepared(RunInfo run) {
        views.forEach(v -> v.runPrepared(run));
        planeDock.runPrepared(run);
        // Data with two inputs show the decision boundary; other classifiers their confusion matrix, other
        // regressions their predictions.
        planeDock.bringToFront(boundary.appliesTo(run) ? boundary : run.classification() ? confusion : predictions);
    }

    @Override
    public void eventsArrived(List<TrainingEvent> events) {
        views.forEach(v -> FxCosts.measure(v.title() + ": apply", () -> v.apply(events)));
    }

    @Override
    protected void layoutChildren() {
        root.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 760;
    }

    /** Shows the health view instead of the weights (they share a dock), e.g. when a layer gets a warning. */
    public void showHealth() {
        layerDock.bringToFront(health);
    }

    public void showWeights() {
        layerDock.bringToFront(weights);
    }

    public TrainingControls controls() {
        return controls;
    }

    public LossView lossView() {
        return loss;
    }

    public MetricsView metricsView() {
        return metrics;
    }

    public DecisionBoundaryView boundaryView() {
        return boundary;
    }

    public PredictionsView predictionsView() {
        return predictions;
    }

    public ConfusionMatrixView confusionView() {
        return confusion;
    }

    public RocView rocView() {
        return roc;
    }

    public MisclassifiedView misclassifiedView() {
        return misclassified;
    }

    /** The dock of the decision boundary and the evaluation views. */
    public ViewDock planeDock() {
        return planeDock;
    }

    public WeightsView weightsView() {
        return weights;
    }

    public HealthView healthView() {
        return health;
    }
}
