package org.perceptra.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.perceptra.model.Connection;
import org.perceptra.model.ConnectionCheck;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.Validator;

/**
 * How long the model takes to answer an edit on a large network. The canvas re-validates on every change, so
 * validating 1,000 nodes must stay within a few milliseconds to keep typing and dragging smooth.
 *
 * <p>The network is a residual stack like the ones students copy from papers: blocks of Dense, Activation,
 * Dropout, Dense joined back to the block's input by Add, between one Input and one Output.
 */
public final class ModelBenchmark {
    private static final int WIDTH = 64;

    /** Figures in milliseconds; {@code errors} should be 0 (the generated network is valid). */
    public record Report(int nodes, int connections, int iterations, int errors,
                         double analyzeMedianMs, double analyzeP95Ms,
                         double editMedianMs, double editP95Ms,
                         double connectionCheckMedianMs, double connectionCheckP95Ms) {
        public String format() {
            return String.format(Locale.ROOT, """
                    Model benchmark: %d nodes, %d wires, %d timed iterations, %d errors in the graph
                    %-40s %10s %10s
                    %-40s %10.3f %10.3f
                    %-40s %10.3f %10.3f
                    %-40s %10.3f %10.3f
                    """, nodes, connections, iterations, errors,
                    "step", "median ms", "p95 ms",
                    "Validator.analyze", analyzeMedianMs, analyzeP95Ms,
                    "edit (withNode + analyze)", editMedianMs, editP95Ms,
                    "ConnectionCheck.check (self-contained)", connectionCheckMedianMs, connectionCheckP95Ms);
        }
    }

    private ModelBenchmark() {
    }

    public static Report run(int nodes, int warmupIterations, int iterations) {
        if (nodes < 2 || iterations < 1 || warmupIterations < 0) {
            throw new IllegalArgumentException("need at least 2 nodes and 1 iteration");
        }
        NetworkGraph graph = residualStack(nodes);
        LayerNode edited = graph.nodes().stream().skip(nodes / 2).filter(n -> n.kind().id().equals("Dense"))
                .findFirst().orElseThrow();
        LayerNode[] variants = {edited.withParam("activation", "tanh"), edited.withParam("activation", "relu")};
        NodeId first = graph.nodeIds().iterator().next();
        NodeId free = NodeId.of("free");
        LayerKind dense = kind("Dense");
        NetworkGraph withFree = graph.withNode(new LayerNode(free, null, dense, dense.defaults(), Position.ORIGIN));

        IntSupplier analyze = () -> Validator.analyze(graph).diagnostics().size();
        int[] step = {0};
        IntSupplier edit = () -> Validator.analyze(graph.withNode(variants[step[0]++ & 1])).diagnostics().size();
        IntSupplier check = () -> ConnectionCheck.check(withFree, first, free).allowed() ? 1 : 0;

        double[] a = time(analyze, warmupIterations, iterations);
        double[] e = time(edit, warmupIterations, iterations);
        double[] c = time(check, warmupIterations, iterations);
        GraphAnalysis result = Validator.analyze(graph, Optional.empty());
        return new Report(graph.size(), graph.connections().size(), iterations, result.errors().size(),
                percentile(a, 50), percentile(a, 95), percentile(e, 50), percentile(e, 95),
                percentile(c, 50), percentile(c, 95));
    }

    /** Per-iteration milliseconds, sorted. The sink keeps the JIT from removing the work as unused. */
    private static double[] time(IntSupplier work, int warmup, int iterations) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.getAsInt();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // never true; only makes the sink observable
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Exactly {@code size} nodes: Input, residual blocks, Dense layers to fill up, Output. */
    static NetworkGraph residualStack(int size) {
        List<LayerNode> nodes = new ArrayList<>();
        List<Connection> wires = new ArrayList<>();
        NodeId previous = add(nodes, wires, "Input", Map.of("shape", List.of(WIDTH)), null);
        List<String> block = blockKinds();
        while (nodes.size() + block.size() < size) {
            NodeId blockInput = previous;
            for (String kind : block) {
                if (kind.equals("Add")) {
                    previous = add(nodes, wires, kind, Map.of(), previous);
                    wires.add(new Connection(blockInput, previous));
                } else {
                    previous = add(nodes, wires, kind, kind.equals("Dense") ? Map.of("units", WIDTH) : Map.of(), previous);
                }
            }
        }
        while (nodes.size() < size - 1) {
            previous = add(nodes, wires, "Dense", Map.of("units", WIDTH), previous);
        }
        add(nodes, wires, "Output", Map.of("units", 10), previous);
        return NetworkGraph.of(nodes, wires);
    }

    /** Activation and Dropout join the block once the catalogue offers them; the shape of the test stays. */
    private static List<String> blockKinds() {
        List<String> kinds = new ArrayList<>(List.of("Dense"));
        for (String optional : List.of("Activation", "Dropout")) {
            LayerCatalog.standard().find(optional).ifPresent(k -> kinds.add(optional));
        }
        kinds.addAll(List.of("Dense", "Add"));
        return kinds;
    }

    private static NodeId add(List<LayerNode> nodes, List<Connection> wires, String kindId, Map<String, ?> params,
                              NodeId from) {
        LayerKind kind = kind(kindId);
        NodeId id = NodeId.of(kind.namePrefix() + "_" + (nodes.size() + 1));
        nodes.add(new LayerNode(id, null, kind, kind.defaults(params), new Position(0, nodes.size() * 80.0)));
        if (from != null) {
            wires.add(new Connection(from, id));
        }
        return id;
    }

    private static LayerKind kind(String id) {
        return LayerCatalog.standard().get(id);
    }

    /** Arguments: nodes (1000), warm-up iterations (2000), timed iterations (1000). */
    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        System.out.print(run(nodes, warmup, iterations).format());
    }
}
