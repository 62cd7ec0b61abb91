package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench training}: its options are checked, and --export writes what the PyTorch script reads. */
class BenchTrainingCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownConfigurationIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("bench", "training", "--configs", "spiral,resnet");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("'resnet'", "spiral, mnist-mlp, lenet5");
    }

    @Test
    void noRepeatsIsAUsageError() {
        CliRun run = CliRun.of("bench", "training", "--repeats", "0");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("--repeats");
    }

    @Test
    void exportWritesTheDataTheBatchOrderAndTheScript() throws IOException {
        CliRun run = CliRun.of("bench", "training", "--configs", "spiral", "--export", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_OK);
        JsonNode spec = new ObjectMapper().readTree(dir.resolve("bench.json").toFile()).get("configs").get(0);
        assertThat(spec.get("name").asText()).isEqualTo("spiral");
        assertThat(spec.get("batch").asInt()).isEqualTo(10);
        assertThat(spec.get("optimizer").asText()).isEqualTo("sgd");
        int samples = spec.get("samples").asInt();
        assertThat(Files.size(dir.resolve(spec.get("features").asText()))).isEqualTo(samples * 2L * 4);
        ByteBuffer order = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(spec.get("order").asText())))
                .order(ByteOrder.LITTLE_ENDIAN);
        boolean[] seen = new boolean[samples];
        for (int i = 0; i < samples; i++) {
            seen[order.getInt()] = true;
        }
        assertThat(seen).containsOnly(true);
        assertThat(Files.readString(dir.resolve("pytorch_reference.py"))).contains("def network(kind)");
    }
}
