package org.perceptra.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a project in the canonical layout: two-space indentation, one value per line, {@code "key": value},
 * keys in a fixed order, {@code \n} line ends and a final newline. The same project always gives the same bytes,
 * so saved projects diff well under version control.
 */
final class ProjectWriter {
    private final int format;

    ProjectWriter(int format) {
        this.format = format;
    }

    /**
     * @throws IllegalArgumentException if the project holds a value no file can hold (a NaN setting)
     * @throws IOException if writing fails, or if the stored weights or runs are not valid JSON
     */
    void write(Project project, Writer out) throws IOException {
        // Build the whole design first: a value that cannot be saved fails before a single byte is written.
        ObjectNode design = design(project);
        try (JsonGenerator g = ProjectJson.MAPPER.createGenerator(out)) {
            g.setPrettyPrinter(layout());
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : design.properties()) {
                g.writeFieldName(field.getKey());
                g.writeTree(field.getValue());
            }
            raw(g, "weights", project.results().weightsJson());
            raw(g, "runs", project.results().runsJson());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private ObjectNode design(Project p) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", format);
        root.put("name", p.name());
        root.put("description", p.description());
        root.set("graph", GraphCodec.write(p.graph()));
        root.set("dataset", DatasetCodec.write(p.dataset()));
        root.set("training", TrainingCodec.write(p.training()));
        return root;
    }

    /** Weights and runs are streamed from their stored text, never built into a tree: they can be large. */
    private static void raw(JsonGenerator g, String name, String json) throws IOException {
        if (json != null) {
            g.writeFieldName(name);
            RawJson.write(json, g);
        }
    }

    /** Like Python's {@code json.dumps(indent=2)}: what the hand-written sample projects already look like. */
    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }
}
