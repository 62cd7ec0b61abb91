package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.CsvOptions;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.model.Activation;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Any project the model can hold with finite numbers saves and loads back equal, and saves to the same bytes. */
class ProjectRoundTripProperties {
    // Combined edge cases of this many generators outnumber any sensible number of tries; the generators below
    // mix the extremes in themselves instead.
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void everyProjectSurvivesSaveAndLoad(@ForAll("projects") Project project) throws ProjectFileException {
        String text = ProjectJson.toJson(project);
        Project loaded = ProjectJson.fromJson(text, null);

        assertThat(loaded).isEqualTo(project);
        assertThat(ProjectJson.toJson(loaded)).isEqualTo(text);
    }

    @Provide
    Arbitrary<Project> projects() {
        return Combinators.combine(text(), text(), graphs(), datasets(), training(), results())
                .as(Project::new);
    }

    /** Any text without lone surrogates (which no UTF-8 file can hold). */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(30);
    }

    private static Arbitrary<Double> anyFinite() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_VALUE, 1e-300, 0.1));
    }

    private static Arbitrary<Integer> anyInt() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    private static Arbitrary<Long> anyLong() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private static Arbitrary<NetworkGraph> graphs() {
        Arbitrary<LayerNode> dense = Combinators.combine(Arbitraries.integers().between(1, 1_000_000),
                Arbitraries.of(Activation.ids()), Arbitraries.doubles().between(0, 10), anyFinite(), anyFinite(), text())
                .as((units, activation, l2, x, y, name) -> new LayerNode(NodeId.of("d"), name, StandardLayers.DENSE,
                        StandardLayers.DENSE.defaults(Map.of("units", units, "activation", activation, "l2", l2)),
                        new Position(x, y)));
        Arbitrary<List<Integer>> shape = Arbitraries.integers().between(1, 1_000_000).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(shape, dense.list().ofMaxSize(5)).as((inputShape, layers) -> {
            List<LayerNode> nodes = new ArrayList<>();
            nodes.add(LayerNode.of("input", StandardLayers.INPUT).withParam("shape", inputShape));
            for (LayerNode layer : layers) {
                nodes.add(new LayerNode(NodeId.of("dense_" + nodes.size()), layer.name(), layer.kind(), layer.params(),
                        layer.position()));
            }
            List<String> wires = new ArrayList<>();
            for (int i = 1; i < nodes.size(); i++) {
                wires.add(nodes.get(i - 1).id().value());
                wires.add(nodes.get(i).id().value());
            }
            return ProjectFixtures.graph(nodes, wires.toArray(String[]::new));
        });
    }

    private static Arbitrary<DatasetSpec> datasets() {
        Arbitrary<DataSource> source = Arbitraries.oneOf(
                Arbitraries.just(new DataSource.None()),
                Combinators.combine(Arbitraries.of(Generator.class), Arbitraries.integers().between(1, 1_000_000),
                        anyFinite(), anyLong()).as(DataSource.Generated::new),
                Arbitraries.of(new DataSource.Bundled(BundledDataset.MNIST_10K, List.of(784)),
                        new DataSource.Bundled(BundledDataset.DIABETES, List.of())),
                Combinators.combine(text(), text().list().ofMaxSize(4), text(), Arbitraries.of(true, false),
                        Arbitraries.of(CsvOptions.MissingValues.class))
                        .as((path, features, target, cls, missing) -> new DataSource.Csv("x" + path, features, target,
                                cls, missing)),
                Combinators.combine(Arbitraries.integers().between(1, 1_000_000), Arbitraries.integers().between(1, 9999),
                        Arbitraries.of(true, false)).as((w, h, grey) -> new DataSource.ImageFolder("photos", w, h, grey)));
        Arbitrary<DatasetSpec.Split> split = Combinators.combine(Arbitraries.doubles().between(0, 0.49),
                Arbitraries.doubles().between(0, 0.49), Arbitraries.of(true, false), Arbitraries.integers().between(1, 20),
                anyLong()).as(DatasetSpec.Split::new);
        return Combinators.combine(source, split, Arbitraries.of(DatasetSpec.Normalization.class)).as(DatasetSpec::new);
    }

    private static Arbitrary<TrainingSettings> training() {
        Arbitrary<TrainingSettings.Schedule> schedule = Combinators.combine(Arbitraries.of(TrainingSettings.ScheduleType.class),
                anyInt(), anyFinite(), anyInt(), anyFinite()).as(TrainingSettings.Schedule::new);
        Arbitrary<TrainingSettings.EarlyStopping> stopping = Combinators.combine(Arbitraries.of(true, false), text(),
                anyInt(), anyFinite(), Arbitraries.of(true, false)).as(TrainingSettings.EarlyStopping::new);
        Arbitrary<TrainingSettings> basics = Combinators.combine(Arbitraries.of(TrainingSettings.Optimizer.class),
                anyFinite(), anyFinite(), anyInt(), anyInt(), anyLong())
                .as((o, lr, m, batch, epochs, seed) -> new TrainingSettings(o, lr, m, batch, epochs, seed,
                        TrainingSettings.Schedule.CONSTANT, 0, 0, 0, TrainingSettings.EarlyStopping.OFF));
        return Combinators.combine(basics, schedule, anyFinite(), anyFinite(), anyFinite(), stopping)
                .as((b, s, norm, value, decay, stop) -> new TrainingSettings(b.optimizer(), b.learningRate(), b.momentum(),
                        b.batchSize(), b.epochs(), b.seed(), s, norm, value, decay, stop));
    }

    /** JSON {@code null} is left out: in a file it means "no results", which is Java null here. */
    private static Arbitrary<StoredResults> results() {
        Arbitrary<String> json = Arbitraries.of(null, "[]", "{}", "0", "-1.5E-7", "\"w\"",
                "{\"W\":[[0.1,-2.0E-3],[1e300,7]],\"b\":[]}", "[{\"epoch\":1,\"loss\":0.5,\"notes\":[\"é\",true,null]}]");
        return Combinators.combine(json, json).as(StoredResults::new);
    }
}
