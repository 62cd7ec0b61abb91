package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

/** Loads text that must be refused and returns the refusal, checked to name the file. */
final class Broken {
    static final Path FILE = Path.of("lessons", "broken.perceptra");

    private Broken() {
    }

    static ProjectFileException load(String json) {
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> ProjectJson.fromJson(json, FILE));
        assertThat(e).as("loading should fail:%n%s", json).isNotNull();
        assertThat(e.getMessage()).startsWith("broken.perceptra").doesNotContain("Exception", "REDACTED");
        assertThat(e.file()).isEqualTo(FILE);
        return e;
    }

    /** A minimal valid project whose graph is {@code graphJson}. */
    static String withGraph(String graphJson) {
        return "{\"format\": 1, \"graph\": " + graphJson + "}";
    }

    /** Input [2] -> Dense -> Output, with {@code denseParams} as the Dense node's params object. */
    static String denseWith(String denseParams) {
        return """
                {
                  "format": 1,
                  "graph": {
                    "nodes": [
                      {"id": "input", "kind": "Input", "params": {"shape": [2]}},
                      {"id": "dense_2", "kind": "Dense", "params": %s},
                      {"id": "output", "kind": "Output"}
                    ],
                    "connections": [{"from": "input", "to": "dense_2"}, {"from": "dense_2", "to": "output"}]
                  }
                }
                """.formatted(denseParams);
    }

    /** A minimal valid project with the given extra top-level member, e.g. {@code "training": {...}}. */
    static String withSection(String member) {
        return "{\"format\": 1, \"graph\": {},\n " + member + "\n}";
    }
}
