package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SummaryCommandTest {
    @Test
    void jsonHasEveryLayerWithShapeParamsAndMultiplyAdds() throws Exception {
        CliRun run = CliRun.of("summary", "sample-projects/residual-block.perceptra", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        JsonNode add = find(json.get("layers"), "add");
        assertThat(add.get("kind").asText()).isEqualTo("Add");
        assertThat(add.get("outputShape").toString()).isEqualTo("[16,8,8]");
        JsonNode conv = find(json.get("layers"), "conv_a");
        // Conv2D 16 -> 16 filters 3x3: 3*3*16*16 + 16 = 2,320 params; 3*3*16*16*8*8 = 147,456 MACs.
        assertThat(conv.get("params").asLong()).isEqualTo(2_320);
        assertThat(conv.get("multiplyAdds").asLong()).isEqualTo(147_456);
        long sum = 0;
        for (JsonNode l : json.get("layers")) {
            sum += l.get("params").asLong();
        }
        assertThat(json.get("totals").get("params").asLong()).isEqualTo(sum);
        assertThat(json.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void jsonReportsDiagnosticsWithNodeCodeAndFix() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cycle", ".perceptra");
        java.nio.file.Files.writeString(file, """
                {"format": 1, "graph": {"nodes": [
                   {"id": "input", "kind": "Input", "params": {"shape": [2]}},
                   {"id": "a", "kind": "Dense"}, {"id": "b", "kind": "Dense"},
                   {"id": "output", "kind": "Output"}],
                  "connections": [{"from": "input", "to": "a"}, {"from": "a", "to": "b"}, {"from": "b", "to": "a"},
                                  {"from": "b", "to": "output"}]}}
                """);
        try {
            CliRun run = CliRun.of("summary", file.toString(), "--json");

            assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
            JsonNode diags = new ObjectMapper().readTree(run.out()).get("diagnostics");
            assertThat(diags).anySatisfy(d -> {
                assertThat(d.get("code").asText()).isEqualTo("cycle");
                assertThat(d.get("severity").asText()).isEqualTo("error");
                assertThat(d.get("node").asText()).isIn("a", "b");
                assertThat(d.get("fix").asText()).isNotBlank();
            });
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static JsonNode find(JsonNode layers, String id) {
        for (JsonNode l : layers) {
            if (l.get("id").asText().equals(id)) {
                return l;
            }
        }
        throw new AssertionError("no layer " + id);
    }
}
