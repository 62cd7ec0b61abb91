package org.perceptra.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.perceptra.data.Dataset;
import org.perceptra.data.TargetScaler;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.TrainingEvent;

/**
 * The live views of a run, made between two steps on the training thread: weight snapshots (see
 * {@link WeightSnapshots}), the decision boundary when samples have exactly two features (see
 * {@link BoundaryGrid}), and predictions against targets for regression. Everything is computed on the
 * inference path (no dropout, BatchNorm on running statistics): the view shows the network a user would
 * get, and making it draws no random number, so a run's losses do not depend on when views were taken.
 */
public final class SnapshotMaker {
    /** Cells a side of the decision-boundary grid: 6,400 predictions, about a millisecond on small nets. */
    public static final int DEFAULT_RESOLUTION = 80;
    /** Training samples whose activations a weight snapshot summarises. */
    static final int PROBE_SAMPLES = 128;
    /** At most this many validation samples in a regression preview. */
    static final int PREVIEW_SAMPLES = 500;

    private final CompiledNetwork network;
    private final WeightSnapshots weights;
    private final BoundaryGrid grid;
    private final float[] gridInputs;
    private final TrainingArrays previewPart;
    private final int[] previewRows;
    private final float[] previewTargets;
    private final TargetScaler targets;

    /**
     * @param train      the training part as the network trains on it (its samples feed the activations)
     * @param validation the validation part, or null when there is none (the preview then uses training samples)
     * @param resolution cells a side of the decision-boundary grid, 2 to 200
     */
    public SnapshotMaker(CompiledNetwork network, PreparedData data, TrainingArrays train, TrainingArrays validation,
                         int resolution) {
        this(network, data, train, validation, resolution, null);
    }

    /**
     * @param targets how regression targets were scaled for training, or null: predictions are scaled back with
     *                it so that previews and regression boundaries are in the data's own units
     */
    public SnapshotMaker(CompiledNetwork network, PreparedData data, TrainingArrays train, TrainingArrays validation,
                         int resolution, TargetScaler targets) {
        this.network = network;
        this.targets = targets;
        this.weights = new WeightSnapshots(network, train, PROBE_SAMPLES);
        boolean plane = network.inputShape().rank() == 1 && network.inputShape().size() == 2;
        this.grid = plane ? BoundaryGrid.around(resolution, data.scaler(), data.train(), data.validation(), data.test())
                : null;
        this.gridInputs = plane ? grid.points() : null;
        if (plane) {
            data.scaler().applyInPlace(gridInputs, 0, resolution * resolution);
        }
        boolean regression = !data.train().isClassification();
        boolean hasValidation = validation != null && data.validation().size() > 0;
        Dataset previewData = hasValidation ? data.validation() : data.train();
        this.previewPart = regression ? (hasValidation ? validation : train) : null;
        this.previewRows = regression ? WeightSnapshots.spreadRows(previewData.size(), PREVIEW_SAMPLES) : null;
        this.previewTargets = regression ? targets(previewData, previewRows) : null;
    }

    private static float[] targets(Dataset d, int[] rows) {
        int k = d.targetSize();
        float[] t = new float[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < k; j++) {
                t[i * k + j] = d.value(rows[i], j);
            }
        }
        return t;
    }

    /** Before a step that a weight snapshot will describe. */
    public void prepare() {
        weights.prepare();
    }

    public TrainingEvent.WeightSnapshot weightSnapshot(long iteration) {
        return weights.take(iteration);
    }

    /** The answer on the grid's cells, for networks with exactly two input features. */
    public Optional<TrainingEvent.DecisionBoundary> decisionBoundary(long iteration) {
        if (grid == null) {
            return Optional.empty();
        }
        int cells = grid.resolution() * grid.resolution();
        float[] values = inference(() -> network.predict(gridInputs, cells));
        if (values.length == cells) {
            unscale(values);
        }
        return Optional.of(new TrainingEvent.DecisionBoundary(iteration, grid.resolution(), grid.xMin(), grid.xMax(),
                grid.yMin(), grid.yMax(), values.length / cells, values));
    }

    /**
     * Predictions against targets on (up to {@value #PREVIEW_SAMPLES} evenly spread) validation samples, for
     * regression, both in the data's own units (predictions are scaled back when targets were z-scored
     * for training).
     */
    public Optional<TrainingEvent.RegressionPreview> regressionPreview(long iteration) {
        if (previewPart == null || previewRows.length == 0) {
            return Optional.empty();
        }
        float[] predictions = inference(() -> network.predict(previewPart, previewRows));
        unscale(predictions);
        return Optional.of(new TrainingEvent.RegressionPreview(iteration, predictions, previewTargets.clone()));
    }

    private void unscale(float[] predictions) {
        if (targets != null && !targets.isIdentity()) {
            targets.unscaleInPlace(predictions);
        }
    }

    private float[] inference(Supplier<float[]> predict) {
        Mode previous = network.mode();
        network.setMode(Mode.INFERENCE);
        try {
            return predict.get();
        } finally {
            network.setMode(previous);
        }
    }
}
