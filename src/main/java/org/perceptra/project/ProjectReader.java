package org.perceptra.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Set;
import org.perceptra.model.LayerCatalog;
import org.perceptra.project.TreeParser.Parsed;

/**
 * Reads a project file in three steps: parse into a tree that remembers where each value was, upgrade older
 * formats through the {@link FormatMigrations}, then bind the tree to a {@link Project}. Every problem becomes a
 * {@link ProjectFileException}.
 */
final class ProjectReader {
    private static final Set<String> TOP_LEVEL = Set.of("format", "name", "description", "graph", "dataset",
            "training", "weights", "runs");

    private final LayerCatalog catalog;
    private final FormatMigrations migrations;

    ProjectReader(LayerCatalog catalog, FormatMigrations migrations) {
        this.catalog = catalog;
        this.migrations = migrations;
    }

    static ProjectReader standard() {
        return new ProjectReader(LayerCatalog.standard(), FormatMigrations.STANDARD);
    }

    Project read(String text, Path file) throws ProjectFileException {
        // A byte-order mark is invisible in editors; tolerate it rather than report "unexpected character".
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return read(ProjectJson.FACTORY.createParser(json), file);
        } catch (IOException e) {
            throw new ProjectFileException(file, -1, -1, "", "cannot be read: " + e.getMessage());
        }
    }

    Project read(byte[] bytes, Path file) throws ProjectFileException {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int skip = bom ? 3 : 0;
        try {
            return read(ProjectJson.FACTORY.createParser(bytes, skip, bytes.length - skip), file);
        } catch (IOException e) {
            throw new ProjectFileException(file, -1, -1, "", "cannot be read: " + e.getMessage());
        }
    }

    private Project read(JsonParser parser, Path file) throws ProjectFileException {
        Parsed parsed = TreeParser.parse(parser, file);
        ReadContext context = new ReadContext(file, parsed.locations());
        ObjectNode root = parsed.root();
        int version = version(new Fields(root, "", null, context));
        if (version < migrations.current()) {
            try {
                root = migrations.upgrade(root, version);
            } catch (IllegalArgumentException e) {
                throw context.fail("format", "format", "this file is in format " + version
                        + " and could not be upgraded to format " + migrations.current() + ": " + e.getMessage());
            }
            // Upgraded trees no longer match the text line for line: name paths, not possibly wrong lines.
            context = context.withoutLocations();
        }
        return bind(new Fields(root, "", null, context));
    }

    private int version(Fields root) throws ProjectFileException {
        if (!root.has("format")) {
            throw root.failHere("there is no \"format\" field, so this is not a Perceptra project file "
                    + "(or its beginning is damaged)");
        }
        JsonNode format = root.get("format");
        if (!format.isIntegralNumber()) {
            throw root.fail("format", "format must be a whole number such as 1, not " + ReadContext.describe(format));
        }
        BigInteger v = format.bigIntegerValue();
        if (v.signum() <= 0) {
            throw root.fail("format", "format must be 1 or more, not " + v);
        }
        if (v.compareTo(BigInteger.valueOf(migrations.current())) > 0) {
            throw root.fail("format", "this file was saved by a newer Perceptra (format " + v + "); this version "
                    + "reads formats up to " + migrations.current() + ". Please update Perceptra.");
        }
        return v.intValueExact();
    }

    private Project bind(Fields root) throws ProjectFileException {
        root.allowOnly(TOP_LEVEL);
        return new Project(root.text("name", ""), root.text("description", ""),
                new GraphCodec(catalog).read(root.requiredObject("graph")),
                DatasetCodec.read(root.optionalObject("dataset")),
                TrainingCodec.read(root.optionalObject("training")),
                new StoredResults(raw(root.get("weights")), raw(root.get("runs"))));
    }

    /** Raw sections come from the parser as RawValues; a migration may have replaced one with a plain tree. */
    private static String raw(JsonNode section) {
        if (section == null || section.isNull()) {
            return null;
        }
        if (section instanceof POJONode pojo && pojo.getPojo() instanceof RawValue value) {
            return String.valueOf(value.rawValue());
        }
        return section.toString();
    }
}
