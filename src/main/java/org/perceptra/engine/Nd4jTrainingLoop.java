package org.perceptra.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.data.Augmentation;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.Adjustment;
import org.perceptra.engine.session.EarlyStopper;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.Tunables;
import org.perceptra.engine.session.TrainingLoop;
import org.perceptra.model.TrainingSettings;

/**
 * The real {@link TrainingLoop}: a compiled network trained on prepared data, shuffled each epoch with the
 * run's seed (same seed, same numbers), evaluated on the training and validation parts after each epoch.
 * The learning rate follows the settings' schedule step by step; regression targets are learned z-scored
 * (see {@link NetworkData}) while metrics stay in the data's units.
 */
public final class Nd4jTrainingLoop implements TrainingLoop {
    private final CompiledNetwork network;
    private final NetworkData data;
    private final TrainingArrays train;
    private final TrainingArrays validation;
    private final int batchSize;
    private final Random shuffle;
    private final SnapshotMaker snapshots;
    /**
     * Most numbers (weights and optimiser state) stored for continuing: about 5.3 bytes each in Base64, so at most
     * ~130 MB, half of what a project file may hold (ProjectFiles.MAX_FILE_BYTES). Bigger networks keep their
     * weights only.
     */
    static final long MAX_STORED_VALUES = 24_000_000L;

    private LearningRateSchedule schedule;
    private final TrainingSettings settings;
    /** The evaluated part's answers per sample, for the evaluation views; null for regression. */
    private final EvaluationCapture answers;
    private final AugmentedBatches augmented;
    /** The scaling fitted on the training part, stored with the weights (see {@link #trainedWeightsJson}). */
    private final Scalers scalers;
    private final boolean scheduled;
    private final double settingsRate;
    /** A base rate changed while paused scales the whole schedule: new base / the settings' base. */
    private double rateScale = 1;
    /** Steps taken by every run that led here: the schedule's position (a continued run starts past 0). */
    private int nextStep;
    /** Whole epochs done before this run started, and the batch of the unfinished one it starts at. */
    private int epochOffset;
    private int firstBatch;
    private int plannedEpochs;
    private int[] order;
    private Map<String, float[]> best;

    public Nd4jTrainingLoop(CompiledNetwork network, PreparedData data, TrainingSettings settings) {
        this(network, data, settings, Augmentation.NONE);
    }

    /** With training batches varied by {@code augmentation} (images only; see {@link AugmentedBatches}). */
    public Nd4jTrainingLoop(CompiledNetwork network, PreparedData data, TrainingSettings settings,
                            Augmentation augmentation) {
        this.network = network;
        this.settings = settings;
        this.plannedEpochs = settings.epochs();
        this.data = NetworkData.of(data, network);
        this.scalers = Scalers.of(data, this.data);
        this.train = this.data.train();
        this.validation = this.data.validation().orElse(null);
        this.batchSize = Math.min(settings.batchSize(), Math.max(1, train.size()));
        this.shuffle = new Random(settings.seed());
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.schedule = LearningRateSchedules.of(settings, batchesPerEpoch());
        this.scheduled = settings.schedule().type() != TrainingSettings.ScheduleType.CONSTANT;
        this.settingsRate = settings.learningRate();
        network.setLearningRate(schedule.rateAt(0, 0));
        this.augmented = augmentation.isNone() ? null : new AugmentedBatches(train, augmentation, settings.seed());
        this.snapshots = new SnapshotMaker(network, data, train, validation, SnapshotMaker.DEFAULT_RESOLUTION,
                this.data.targets().orElse(null));
        this.answers = !this.data.isClassification() ? null : validation != null
                ? new EvaluationCapture("validation", data.validation(), this.data.classNames().size())
                : new EvaluationCapture("training", data.train(), this.data.classNames().size());
    }

    @Override
    public int batchesPerEpoch() {
        return (train.size() + batchSize - 1) / batchSize;
    }

    @Override
    public double trainBatch(int epoch, int batch) {
        if (batch == 0) {
            shuffleOrder();
        }
        int from = batch * batchSize;
        int to = Math.min(order.length, from + batchSize);
        int[] rows = java.util.Arrays.copyOfRange(order, from, to);
        int runEpoch = epochOffset + epoch;
        int step = runEpoch * batchesPerEpoch() + batch;
        network.setLearningRate(rateScale * schedule.rateAt(step, runEpoch));
        nextStep = step + 1;
        return augmented == null ? network.fitBatch(train, rows) : augmented.fit(network, rows);
    }

    private void shuffleOrder() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The scheduled rate of the next step (the session reports it with that step's loss). */
    @Override
    public double learningRate() {
        return rateScale * schedule.rateAt(nextStep, nextStep / batchesPerEpoch());
    }

    @Override
    public Tunables tunables() {
        List<Double> dropout = network.dropoutRates();
        return new Tunables(settingsRate * rateScale, scheduled, network.weightDecay(),
                dropout.isEmpty() ? Double.NaN : dropout.get(0), dropout.size());
    }

    @Override
    public List<TrainingEvent.Change> adjust(Adjustment a) {
        Tunables before = tunables();
        List<TrainingEvent.Change> changes = new ArrayList<>();
        if (a.learningRate() != null && a.learningRate() != before.learningRate()) {
            rateScale = a.learningRate() / settingsRate;
            network.setLearningRate(learningRate());
            changes.add(new TrainingEvent.Change("learning rate", before.learningRate(), a.learningRate()));
        }
        if (a.weightDecay() != null && a.weightDecay() != before.weightDecay()) {
            network.setWeightDecay(a.weightDecay());
            changes.add(new TrainingEvent.Change("weight decay", before.weightDecay(), a.weightDecay()));
        }
        if (a.dropoutRate() != null && before.hasDropout() && a.dropoutRate() != before.dropoutRate()) {
            network.setDropoutRate(a.dropoutRate());
            changes.add(new TrainingEvent.Change("dropout rate", before.dropoutRate(), a.dropoutRate()));
        }
        return changes;
    }

    @Override
    public EpochMetrics endEpoch(int epoch) {
        NetworkData.PredictionSink none = (from, prediction) -> { };
        EvaluationReport t = data.evaluate(network, train, validation == null && answers != null ? answers : none);
        EvaluationReport v = validation == null ? null
                : data.evaluate(network, validation, answers != null ? answers : none);
        double valLoss = v == null ? Double.NaN : v.loss();
        schedule.epochEnded(epochOffset + epoch, v == null ? t.loss() : valLoss);
        return new EpochMetrics(t.loss(), valLoss, t.metrics(), v == null ? Map.of() : v.metrics());
    }

    @Override
    public Optional<TrainingEvent.EvaluationSnapshot> evaluationSnapshot(long iteration, int epoch) {
        return answers == null ? Optional.empty() : answers.snapshot(iteration, epoch);
    }

    /** Loss and metrics of the network as it is now on one part of the data (test: empty when there is none). */
    public Optional<EvaluationReport> evaluate(Part part) {
        Optional<TrainingArrays> arrays = switch (part) {
            case TRAIN -> Optional.of(train);
            case VALIDATION -> data.validation();
            case TEST -> data.test();
        };
        return arrays.map(a -> data.evaluate(network, a));
    }

    /** The parts of a prepared dataset. */
    public enum Part { TRAIN, VALIDATION, TEST }

    @Override
    public Optional<String> firstNonFiniteLayer() {
        for (Map.Entry<String, float[]> e : network.parameters().entrySet()) {
            for (float v : e.getValue()) {
                if (!Float.isFinite(v)) {
                    return network.nodeOf(e.getKey()).map(Object::toString);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Double> weightNorms() {
        Map<String, Double> squares = new java.util.LinkedHashMap<>();
        network.parameterNorms().forEach((name, norm) -> network.nodeOf(name)
                .ifPresent(node -> squares.merge(node.toString(), norm * norm, Double::sum)));
        squares.replaceAll((layer, sum) -> Math.sqrt(sum));
        return squares;
    }

    @Override
    public void prepareSnapshot() {
        snapshots.prepare();
    }

    @Override
    public Optional<TrainingEvent.WeightSnapshot> weightSnapshot(long iteration) {
        return Optional.of(snapshots.weightSnapshot(iteration));
    }

    @Override
    public Optional<TrainingEvent.DecisionBoundary> decisionBoundary(long iteration) {
        return snapshots.decisionBoundary(iteration);
    }

    @Override
    public Optional<TrainingEvent.RegressionPreview> regressionPreview(long iteration) {
        return snapshots.regressionPreview(iteration);
    }

    @Override
    public void rememberBest() {
        best = network.parameters();
    }

    @Override
    public void restoreBest() {
        if (best != null) {
            network.setParameters(best);
        }
    }

    @Override
    public void close() {
        // The session closes the loop when the run ends, but the final report (train, validation and test
        // figures) and the evaluation views still read the data afterwards: it is freed by releaseData(), or
        // by the garbage collector with the loop.
        best = null;
    }

    /** Frees the loop's own data copies (they can be large: MNIST) once nothing will evaluate them again. */
    public void releaseData() {
        data.close();
    }

    @Override
    public Optional<String> trainedWeightsJson() {
        return trainedWeightsJson(null);
    }

    /** The weights with the state that continues training from them (see {@link TrainingState}). */
    @Override
    public Optional<String> trainedWeightsJson(EarlyStopper.State stopping) {
        EarlyStopper.State counted = stopping == null || !settings.earlyStopping().enabled() ? null
                : new EarlyStopper.State(stopping.best(), stopping.bestEpoch() + epochOffset,
                        stopping.epochsWithoutImprovement());
        Map<String, Map<String, INDArray>> optimizer = network.optimizerState();
        if (storedValues(optimizer) > MAX_STORED_VALUES) {
            return Optional.of(WeightsJson.write(network, scalers)); // continuing then starts a fresh optimiser
        }
        TrainingState state = new TrainingState(made(), nextStep, network.iteration(), plannedEpochs,
                optimizer, network.dropoutRates().isEmpty() ? null : network.dropoutRandomState(),
                schedule instanceof PlateauSchedule p ? p.state() : null, counted, best);
        return Optional.of(WeightsJson.write(network, scalers, state));
    }

    private long storedValues(Map<String, Map<String, INDArray>> optimizer) {
        long state = optimizer.values().stream().flatMap(m -> m.values().stream()).mapToLong(INDArray::length).sum();
        long weights = network.parameterShapes().values().stream()
                .mapToLong(s -> java.util.Arrays.stream(s).reduce(1, (a, b) -> a * b)).sum();
        return state + weights;
    }

    private TrainingState.Made made() {
        return new TrainingState.Made(settings.optimizer().name(), network.precision().name(), batchSize,
                settings.seed(), train.size(), batchesPerEpoch());
    }

    /**
     * Continues the run that saved {@code state} (with the weights already loaded into the network) for
     * {@code epochs} more epochs, the unfinished one included: the optimiser, the data order, dropout and
     * augmentation draws, and the schedule pick up where it stopped, as if that run had been planned that long.
     * Call before the first step.
     *
     * @return early stopping's state to continue from, when the stopped run kept one
     * @throws IllegalArgumentException saying what differs, when this run cannot continue that one exactly (another
     *                                  optimiser, batch size, seed or training part); the optimiser may then be
     *                                  half-restored, so compile a fresh network
     */
    public Optional<EarlyStopper.State> resume(TrainingState state, int epochs) {
        TrainingState.Made was = state.made();
        TrainingState.Made now = made();
        if (!was.equals(now)) {
            throw new IllegalArgumentException("it was saved with " + describe(was) + ", but the project now trains "
                    + "with " + describe(now));
        }
        network.restoreOptimizerState(state.optimizer(), state.optimizerSteps());
        state.dropoutRandom().ifPresent(network::restoreDropoutRandomState);
        int bpe = batchesPerEpoch();
        long steps = state.steps();
        epochOffset = (int) (steps / bpe);
        firstBatch = (int) (steps % bpe);
        nextStep = Math.toIntExact(steps);
        // The order is shuffled in place at the start of each epoch: replaying the shuffles repeats the order and the
        // generator's position; the augmenter has drawn for every image trained on.
        for (int e = 0; e < epochOffset + (firstBatch > 0 ? 1 : 0); e++) {
            shuffleOrder();
        }
        if (augmented != null) {
            augmented.skip((long) epochOffset * train.size() + (long) firstBatch * batchSize);
        }
        plannedEpochs = epochOffset + epochs;
        schedule = LearningRateSchedules.of(settings.withBatchAndEpochs(settings.batchSize(), plannedEpochs), bpe);
        if (schedule instanceof PlateauSchedule p) {
            state.plateau().ifPresent(p::restore);
        }
        network.setLearningRate(learningRate());
        best = state.bestWeights().orElse(null);
        return state.stopping().map(s -> new EarlyStopper.State(s.best(), s.bestEpoch() - epochOffset,
                s.epochsWithoutImprovement()));
    }

    private static String describe(TrainingState.Made m) {
        return m.optimizer().toLowerCase(java.util.Locale.ROOT) + ", batch size " + m.batchSize() + ", seed " + m.seed()
                + ", " + m.trainSamples() + " training samples (" + m.precision() + ")";
    }

    @Override
    public int firstBatch() {
        return firstBatch;
    }

    public CompiledNetwork network() {
        return network;
    }

    /** The data as the network sees it (scaled targets, class names). */
    public NetworkData data() {
        return data;
    }
}
