package org.perceptra.engine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.perceptra.data.DataException;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.layers.StandardLayers;

/**
 * Training speed of the engine on {@link BenchConfigs}, and optionally of the PyTorch reference on the same
 * data: for each configuration a warm-up (ND4J reaches full speed only after thousands of steps of JIT), then
 * timed repeats of a few seconds each, reported as the median. With the reference, its repeats alternate with the
 * engine's, so a burst of load on a shared machine hits both, and the ratio is the median of the per-repeat
 * ratios. Run with {@code OMP_NUM_THREADS=1} (see README's benchmark section).
 */
public final class TrainingBenchmark {
    /** What to run; {@code python} null means the engine alone. {@code exportDir} null: a temporary folder. */
    public record Options(List<String> configs, double warmupSeconds, double seconds, int repeats, String python,
                          Path exportDir, boolean profile) {
        public static Options defaults() {
            return new Options(BenchConfigs.NAMES, 10, 3, 5, null, null, false);
        }
    }

    /** One configuration's figures: steps per second for each repeat; the reference's, or empty. */
    public record Row(BenchConfig config, double[] engine, double[] reference) {
        public double engineMedian() {
            return median(engine);
        }

        public double referenceMedian() {
            return median(reference);
        }

        /** Median over the repeats of engine / reference (each pair measured back to back); NaN without one. */
        public double ratio() {
            if (reference.length == 0) {
                return Double.NaN;
            }
            double[] r = new double[engine.length];
            Arrays.setAll(r, i -> engine[i] / reference[i]);
            return median(r);
        }

        /** The spread of the engine's repeats around their median, in percent (max - min over median). */
        public double engineSpreadPercent() {
            return spread(engine);
        }

        public double referenceSpreadPercent() {
            return spread(reference);
        }
    }

    /** Warm-up steps at least, within {@link #MAX_WARMUP_FACTOR} times the warm-up time. */
    static final int WARMUP_STEPS = 3_000;
    static final double MAX_WARMUP_FACTOR = 6;

    private TrainingBenchmark() {
    }

    /** Runs the benchmark, printing a line per configuration as it completes, and returns the rows. */
    public static List<Row> run(Options o, PrintWriter out) throws IOException, DataException {
        List<BenchConfig> configs = new ArrayList<>();
        for (String name : o.configs()) {
            configs.add(BenchConfigs.load(name));
        }
        out.printf(Locale.ROOT, "Engine: ND4J %s, OMP_NUM_THREADS=%s, warm-up %.0f s and %d steps (at most %.0f s), %d repeats of %.1f s%n",
                EngineInfo.describe(), System.getenv("OMP_NUM_THREADS"), o.warmupSeconds(), WARMUP_STEPS,
                MAX_WARMUP_FACTOR * o.warmupSeconds(), o.repeats(), o.seconds());
        PyTorchReference reference = null;
        if (o.python() != null) {
            Path dir = o.exportDir() != null ? o.exportDir() : Files.createTempDirectory("perceptra-bench");
            PyTorchReference.export(configs, dir);
            reference = PyTorchReference.start(o.python(), dir);
            out.println("Reference: " + reference.describe() + " (data in " + dir + ")");
        }
        out.println(header(reference != null));
        List<Row> rows = new ArrayList<>();
        try {
            for (BenchConfig c : configs) {
                EngineRun engine = new EngineRun(c);
                Row row = measure(engine, c, o, reference);
                rows.add(row);
                out.println(format(row));
                if (o.profile()) {
                    engine.profile(o.seconds()).forEach(out::println);
                }
                out.flush();
            }
        } finally {
            if (reference != null) {
                reference.close();
            }
        }
        return rows;
    }

    /** Writes the data and the script for running the PyTorch reference by hand. */
    public static void export(List<String> names, Path dir) throws IOException, DataException {
        List<BenchConfig> configs = new ArrayList<>();
        for (String name : names) {
            configs.add(BenchConfigs.load(name));
        }
        PyTorchReference.export(configs, dir);
    }

    private static Row measure(EngineRun engine, BenchConfig c, Options o, PyTorchReference reference)
            throws IOException {
        engine.warmUp(o.warmupSeconds(), WARMUP_STEPS, MAX_WARMUP_FACTOR * o.warmupSeconds());
        if (reference != null) {
            reference.run(c.name(), o.warmupSeconds());
        }
        double[] mine = new double[o.repeats()];
        double[] theirs = new double[reference == null ? 0 : o.repeats()];
        for (int i = 0; i < o.repeats(); i++) {
            mine[i] = engine.run(o.seconds()).stepsPerSecond();
            if (reference != null) {
                theirs[i] = reference.run(c.name(), o.seconds()).stepsPerSecond();
            }
        }
        return new Row(c, mine, theirs);
    }

    static String header(boolean withReference) {
        String h = String.format(Locale.ROOT, "%-38s %10s %11s %7s", "configuration", "steps/s", "samples/s", "spread");
        return withReference ? h + String.format(Locale.ROOT, " %10s %11s %7s %8s", "torch st/s", "torch sa/s",
                "spread", "ratio") : h;
    }

    static String format(Row r) {
        String s = String.format(Locale.ROOT, "%-38s %10.1f %11.0f %6.0f%%", r.config().title(), r.engineMedian(),
                r.engineMedian() * r.config().batch(), r.engineSpreadPercent());
        if (r.reference().length == 0) {
            return s;
        }
        return s + String.format(Locale.ROOT, " %10.1f %11.0f %6.0f%% %7.2fx", r.referenceMedian(),
                r.referenceMedian() * r.config().batch(), r.referenceSpreadPercent(), r.ratio());
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double spread(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        return 100 * (max - min) / median(values);
    }

    /** Usage: {@code TrainingBenchmark [python]}: all configurations, compared with PyTorch when given python. */
    public static void main(String[] args) throws Exception {
        Options d = Options.defaults();
        run(new Options(d.configs(), d.warmupSeconds(), d.seconds(), d.repeats(), args.length > 0 ? args[0] : null,
                null, false), new PrintWriter(System.out, true));
    }

    /** Input [2], Dense layers, Output 2 softmax with categorical cross-entropy. */
    public static NetworkGraph spiralNet(int[] hidden, String activation) {
        List<LayerNode> nodes = new ArrayList<>();
        List<Connection> wires = new ArrayList<>();
        nodes.add(node("input", StandardLayers.INPUT, Map.of("shape", List.of(2))));
        for (int i = 0; i < hidden.length; i++) {
            nodes.add(node("dense_" + (i + 1), StandardLayers.DENSE,
                    Map.of("units", hidden[i], "activation", activation)));
        }
        nodes.add(node("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "softmax")));
        for (int i = 0; i + 1 < nodes.size(); i++) {
            wires.add(new Connection(nodes.get(i).id(), nodes.get(i + 1).id()));
        }
        return NetworkGraph.of(nodes, wires);
    }

    private static LayerNode node(String id, LayerKind kind, Map<String, ?> params) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), Position.ORIGIN);
    }

    /** The samples shuffled once with the seed and cut into batches (a last short batch included). */
    public static List<int[]> batches(int samples, int batch, long seed) {
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = samples - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from < samples; from += batch) {
            out.add(Arrays.copyOfRange(order, from, Math.min(samples, from + batch)));
        }
        return out;
    }
}
