package org.perceptra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a student wires together (any kind, any parameter value, loops included), the validator answers
 * with diagnostics about nodes that exist, never with an exception; and when it finds no error, every node
 * has a shape, so the compiler can rely on "no errors" meaning "buildable".
 */
class RandomGraphProperties {
    private static final List<LayerKind> KINDS = LayerCatalog.standard().all();

    @Property(tries = 300)
    void analyzeNeverThrowsAndNamesOnlyExistingNodes(@ForAll("graphs") NetworkGraph graph,
                                                     @ForAll("signatures") Optional<DataSignature> data) {
        GraphAnalysis[] result = new GraphAnalysis[1];
        assertThatCode(() -> result[0] = Validator.analyze(graph, data)).doesNotThrowAnyException();
        GraphAnalysis analysis = result[0];

        assertThat(analysis.diagnostics()).allSatisfy(d -> {
            if (d.node() != null) {
                assertThat(graph.contains(d.node())).as("diagnostic %s names a node in the graph", d).isTrue();
            }
        });
        assertThat(analysis.diagnostics()).extracting(Diagnostic::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(analysis.nodes().keySet()).containsExactlyElementsOf(graph.nodeIds());
    }

    @Property(tries = 300)
    void graphWithoutErrorsHasAShapeForEveryNode(@ForAll("graphs") NetworkGraph graph) {
        GraphAnalysis analysis = Validator.analyze(graph);

        if (!analysis.hasErrors()) {
            assertThat(analysis.nodes().values()).allSatisfy(
                    n -> assertThat(n.hasOutput()).as("%s has an output shape", n.id()).isTrue());
        }
        Statistics.label("error-free").collect(!analysis.hasErrors());
        // Guard the generator: if error-free graphs stopped occurring, this property would prove nothing.
        Statistics.label("error-free").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 300)
    void connectionCheckNeverThrowsAndRefusesLoops(@ForAll("graphs") NetworkGraph graph,
                                                   @ForAll("seeds") long seed) {
        List<NodeId> ids = new ArrayList<>(graph.nodeIds());
        if (ids.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        NodeId from = ids.get(random.nextInt(ids.size()));
        NodeId to = ids.get(random.nextInt(ids.size()));

        ConnectionCheck.Verdict verdict = ConnectionCheck.check(graph, from, to);

        if (verdict.allowed()) {
            assertThat(graph.reaches(to, from)).as("an allowed wire never closes a loop").isFalse();
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Optional<DataSignature>> signatures() {
        return Arbitraries.randomValue(RandomGraphProperties::signature);
    }

    @Provide
    Arbitrary<NetworkGraph> graphs() {
        // Half the graphs are plain chains of sensible layers, so that error-free graphs actually occur.
        return Arbitraries.randomValue(r -> r.nextBoolean() ? tangle(r) : chain(r));
    }

    /** Any kinds, any values, any wires. */
    private static NetworkGraph tangle(Random r) {
        List<LayerNode> nodes = new ArrayList<>();
        int count = r.nextInt(9);
        for (int i = 0; i < count; i++) {
            LayerKind kind = KINDS.get(r.nextInt(KINDS.size()));
            nodes.add(new LayerNode(NodeId.of("n" + i), null, kind, randomParams(kind, r, 0.2), Position.ORIGIN));
        }
        Set<Connection> wires = new LinkedHashSet<>();
        for (int w = count == 0 ? 0 : r.nextInt(count * 2); w > 0; w--) {
            int a = r.nextInt(count);
            int b = r.nextInt(count);
            if (a != b) {
                wires.add(new Connection(nodes.get(a).id(), nodes.get(b).id()));
            }
        }
        return NetworkGraph.of(nodes, wires);
    }

    /** Input, a few random layers in a row (with an occasional skip wire), Output. */
    private static NetworkGraph chain(Random r) {
        List<LayerNode> nodes = new ArrayList<>();
        nodes.add(new LayerNode(NodeId.of("in"), null, byId("Input"), randomParams(byId("Input"), r, 0.0), Position.ORIGIN));
        int middle = r.nextInt(5);
        for (int i = 0; i < middle; i++) {
            LayerKind kind = KINDS.get(r.nextInt(KINDS.size()));
            nodes.add(new LayerNode(NodeId.of("m" + i), null, kind, kind.defaults(), Position.ORIGIN));
        }
        nodes.add(new LayerNode(NodeId.of("out"), null, byId("Output"), randomParams(byId("Output"), r, 0.0), Position.ORIGIN));
        List<Connection> wires = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            wires.add(new Connection(nodes.get(i).id(), nodes.get(i + 1).id()));
            if (i + 2 < nodes.size() && r.nextInt(4) == 0) {
                wires.add(new Connection(nodes.get(i).id(), nodes.get(i + 2).id()));
            }
        }
        return NetworkGraph.of(nodes, wires);
    }

    private static LayerKind byId(String id) {
        return LayerCatalog.standard().get(id);
    }

    /** Each value legal (default or random in range) or, with probability {@code illegal}, broken. */
    private static Params randomParams(LayerKind kind, Random r, double illegal) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : kind.params()) {
            if (r.nextDouble() < illegal) {
                values.put(spec.name(), brokenValue(spec, r));
            } else if (r.nextBoolean()) {
                values.put(spec.name(), spec.defaultValue());
            } else {
                values.put(spec.name(), legalValue(spec, r));
            }
        }
        return Params.of(values);
    }

    private static Object legalValue(ParamSpec spec, Random r) {
        if (spec instanceof ParamSpec.IntParam p) {
            return p.min() + r.nextInt((int) Math.min(64, (long) p.max() - p.min() + 1));
        }
        if (spec instanceof ParamSpec.DoubleParam p) {
            double v = p.min() + r.nextDouble() * (Math.min(p.max(), p.min() + 10) - p.min());
            return v == p.min() && !p.minInclusive() ? p.defaultValue() : v;
        }
        if (spec instanceof ParamSpec.BoolParam) {
            return r.nextBoolean();
        }
        if (spec instanceof ParamSpec.ChoiceParam p) {
            return p.choices().get(r.nextInt(p.choices().size()));
        }
        ParamSpec.ShapeParam p = (ParamSpec.ShapeParam) spec;
        List<Integer> dims = new ArrayList<>();
        int rank = p.minRank() + r.nextInt(p.maxRank() - p.minRank() + 1);
        for (int i = 0; i < rank; i++) {
            dims.add(1 + r.nextInt(32));
        }
        return dims;
    }

    private static Object brokenValue(ParamSpec spec, Random r) {
        Object[] junk = {null, "nonsense", -1, 0, Integer.MAX_VALUE, Double.NaN, -5.0, List.of(), List.of(0, -3),
                List.of(1, 2, 3, 4, 5, 6), true};
        return junk[r.nextInt(junk.length)];
    }

    private static Optional<DataSignature> signature(Random r) {
        if (r.nextInt(3) == 0) {
            return Optional.empty();
        }
        Shape features = r.nextBoolean() ? Shape.of(1 + r.nextInt(8)) : Shape.of(1, 1 + r.nextInt(8), 1 + r.nextInt(8));
        int size = 1 + r.nextInt(5);
        return Optional.of(r.nextBoolean() ? DataSignature.classes(features, size) : DataSignature.values(features, size));
    }
}
