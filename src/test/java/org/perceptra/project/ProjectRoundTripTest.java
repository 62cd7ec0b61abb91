package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.data.Augmentation;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.model.LayerKind;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.layers.StandardLayers;

/** What is saved loads back equal, and what is loaded saves back byte for byte. */
class ProjectRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Project> projects() {
        return Stream.concat(ProjectFixtures.GOLDEN.values().stream(), Stream.of(
                ProjectFixtures.mlpSpiral().withDataset(DatasetSpec.of(new DataSource.Bundled(BundledDataset.IRIS, List.of()))),
                ProjectFixtures.mlpSpiral().withResults(new StoredResults(null, "[]")),
                ProjectFixtures.residualDigits().withDataset(ProjectFixtures.residualDigits().dataset()
                        .withAugmentation(new Augmentation(true, 2, 12.5))),
                ProjectFixtures.mlpSpiral().withInfo("Ünïcödé \"quotes\" and \\ back\nslash", "tab\there")));
    }

    @ParameterizedTest
    @MethodSource("projects")
    void saveThenLoadGivesAnEqualProject(Project project) throws Exception {
        Path file = dir.resolve("p.perceptra");

        ProjectFiles.save(project, file);

        assertThat(ProjectFiles.load(file)).isEqualTo(project);
    }

    @ParameterizedTest
    @MethodSource("projects")
    void loadThenSaveGivesTheSameBytes(Project project) throws Exception {
        String text = ProjectJson.toJson(project);

        assertThat(ProjectJson.toJson(ProjectJson.fromJson(text, null))).isEqualTo(text);
    }

    @Test
    void layoutIsTwoSpacesLfAndAFinalNewline() {
        String text = ProjectJson.toJson(ProjectFixtures.residualDigits());

        assertThat(text).startsWith("{\n  \"format\": 1,\n  \"name\": \"Residual digits\",\n").endsWith("}\n")
                .doesNotContain("\r", "\t", " : ", "[ ]", "{ }").contains("\"params\": {}");
    }

    @Test
    void topLevelKeysComeInAFixedOrder() throws Exception {
        var tree = new ObjectMapper().readTree(ProjectJson.toJson(ProjectFixtures.residualDigits()));

        assertThat(tree.fieldNames()).toIterable().containsExactly("format", "name", "description", "graph", "dataset",
                "training", "weights", "runs");
    }

    @Test
    void paramsAreWrittenInFullInDeclaredOrder() throws Exception {
        var tree = new ObjectMapper().readTree(ProjectJson.toJson(ProjectFixtures.mlpSpiral()));

        for (var node : tree.get("graph").get("nodes")) {
            LayerKind kind = org.perceptra.model.LayerCatalog.standard().get(node.get("kind").asText());
            assertThat(node.get("params").fieldNames()).toIterable()
                    .containsExactlyElementsOf(kind.params().stream().map(ParamSpec::name).toList());
        }
    }

    @Test
    void weightsAndRunsAreKeptVerbatimWhateverTheirLayout() throws Exception {
        String json = "{\"format\": 1, \"graph\": {},\n \"weights\": { \"w\" : [ 0.1000000000000000055511151231257827 ,"
                + " 1E+2, -0.0, 12345678901234567890123 ] },\n \"runs\": [\n  {\"ok\": true, \"s\": \"\\u00e9\\n\"} ]}";

        StoredResults results = ProjectJson.fromJson(json, null).results();

        assertThat(results.weightsJson())
                .isEqualTo("{\"w\":[0.1000000000000000055511151231257827,1E+2,-0.0,12345678901234567890123]}");
        assertThat(new ObjectMapper().readTree(results.runsJson()))
                .isEqualTo(new ObjectMapper().readTree("[{\"ok\":true,\"s\":\"é\\n\"}]"));
    }

    @Test
    void nullWeightsMeanNone() throws Exception {
        Project p = ProjectJson.fromJson("{\"format\": 1, \"graph\": {}, \"weights\": null}", null);

        assertThat(p.results()).isEqualTo(StoredResults.NONE);
        assertThat(ProjectJson.toJson(p)).doesNotContain("weights");
    }

    @Test
    void bundledSetAtItsNaturalShapeLeavesTheShapeOut() {
        Project p = Project.empty("x").withDataset(DatasetSpec.of(new DataSource.Bundled(BundledDataset.IRIS, List.of())));

        assertThat(ProjectJson.toJson(p)).contains("\"name\": \"iris\"\n    },").doesNotContain("featureShape");
    }

    @Test
    void paramsMissingFromTheModelAreWrittenAsTheirDefaults() throws Exception {
        var node = ProjectFixtures.node("d", StandardLayers.DENSE, 0, 0, Map.of());
        var partial = node.withParams(org.perceptra.model.Params.of(Map.of("units", 7)));
        Project p = Project.empty("x").withGraph(ProjectFixtures.graph(List.of(partial)));

        Project loaded = ProjectJson.fromJson(ProjectJson.toJson(p), null);

        assertThat(loaded.graph().nodes().iterator().next().params())
                .isEqualTo(StandardLayers.DENSE.defaults(Map.of("units", 7)));
    }

    @Test
    void exampleInTheFormatDocumentIsCanonical() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs/project-format.md"));
        String example = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));

        assertThat(ProjectJson.toJson(ProjectJson.fromJson(example, null))).isEqualTo(example);
    }
}
