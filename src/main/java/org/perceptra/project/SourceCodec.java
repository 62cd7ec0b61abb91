package org.perceptra.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.CsvOptions;
import org.perceptra.data.DataSource;
import org.perceptra.data.Generator;
import org.perceptra.model.ParamSpec;

/**
 * {@code "dataset.source"}: one object per {@link DataSource} variant, told apart by {@code "type"}. Sizes that
 * would make a loader allocate absurd amounts (sample counts, image sizes) are refused here, at the file.
 */
final class SourceCodec {
    static final int DEFAULT_COUNT = 500;
    static final double DEFAULT_NOISE = 0.1;
    static final long DEFAULT_SEED = 42;
    private static final int MAX_DIM = ParamSpec.ShapeParam.MAX_DIM;
    private static final List<String> TYPES = List.of("generator", "bundled", "csv", "idx", "image-folder", "none");

    private SourceCodec() {
    }

    static ObjectNode write(DataSource source) {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", source.type());
        if (source instanceof DataSource.Generated g) {
            out.put("generator", g.generator().id()).put("count", g.count())
                    .put("noise", Finite.check("dataset.source.noise", g.noise())).put("seed", g.seed());
        } else if (source instanceof DataSource.Bundled b) {
            out.put("name", b.dataset().id());
            // Omitted when empty ("the natural shape"), as the bundled sample projects have it.
            if (!b.featureShape().isEmpty()) {
                ArrayNode shape = out.putArray("featureShape");
                b.featureShape().forEach(shape::add);
            }
        } else if (source instanceof DataSource.Csv c) {
            out.put("path", c.path());
            ArrayNode features = out.putArray("features");
            c.features().forEach(features::add);
            out.put("target", c.target()).put("classification", c.classification());
            // Written only when not the default, so that older readers and the sample files stay as they were.
            if (c.missing() == CsvOptions.MissingValues.IMPUTE) {
                out.put("missing", "impute");
            }
        } else if (source instanceof DataSource.Idx i) {
            out.put("images", i.images()).put("labels", i.labels());
        } else if (source instanceof DataSource.ImageFolder f) {
            out.put("path", f.path()).put("width", f.width()).put("height", f.height()).put("grey", f.grey());
        }
        return out;
    }

    static DataSource read(Fields f) throws ProjectFileException {
        String type = f.requiredText("type");
        return switch (type) {
            case "none" -> none(f);
            case "generator" -> generated(f.allowOnly(Set.of("type", "generator", "count", "noise", "seed")));
            case "bundled" -> bundled(f.allowOnly(Set.of("type", "name", "featureShape")));
            case "csv" -> csv(f.allowOnly(Set.of("type", "path", "features", "target", "classification", "missing")));
            case "idx" -> new DataSource.Idx(path(f.allowOnly(Set.of("type", "images", "labels")), "images"),
                    path(f, "labels"));
            case "image-folder" -> imageFolder(f.allowOnly(Set.of("type", "path", "width", "height", "grey")));
            default -> throw f.fail("type", "unknown dataset source type " + ReadContext.quote(type)
                    + "; the known types are " + String.join(", ", TYPES));
        };
    }

    private static DataSource none(Fields f) throws ProjectFileException {
        f.allowOnly(Set.of("type"));
        return new DataSource.None();
    }

    private static DataSource generated(Fields f) throws ProjectFileException {
        String id = f.requiredText("generator");
        Generator generator = Generator.byId(id).orElse(null);
        if (generator == null) {
            throw f.fail("generator", "unknown generator " + ReadContext.quote(id) + "; the known generators are "
                    + Generator.ids());
        }
        return new DataSource.Generated(generator, f.integer("count", DEFAULT_COUNT, 1, DataSource.Generated.MAX_COUNT),
                f.real("noise", DEFAULT_NOISE), f.longInteger("seed", DEFAULT_SEED));
    }

    private static DataSource bundled(Fields f) throws ProjectFileException {
        String id = f.requiredText("name");
        BundledDataset dataset = BundledDataset.byId(id).orElse(null);
        if (dataset == null) {
            throw f.fail("name", "unknown bundled dataset " + ReadContext.quote(id) + "; the bundled datasets are "
                    + BundledDataset.ids());
        }
        List<Integer> shape = FieldLists.integers(f, "featureShape", 1, MAX_DIM);
        if (shape.size() > 3) {
            throw f.fail("featureShape", "featureShape has at most 3 dimensions ([n], [t, f] or [c, h, w]), not "
                    + shape.size());
        }
        try {
            dataset.signature(shape);
        } catch (IllegalArgumentException e) {
            throw f.fail("featureShape", e.getMessage());
        }
        return new DataSource.Bundled(dataset, shape);
    }

    private static DataSource csv(Fields f) throws ProjectFileException {
        String file = path(f, "path");
        f.require("features");
        CsvOptions.MissingValues missing = switch (f.text("missing", "drop")) {
            case "drop" -> CsvOptions.MissingValues.DROP;
            case "impute" -> CsvOptions.MissingValues.IMPUTE;
            default -> throw f.fail("missing", "must be \"drop\" (leave out rows with gaps) or \"impute\""
                    + " (fill in the column's mean or most frequent value)");
        };
        return new DataSource.Csv(file, FieldLists.texts(f, "features"), f.requiredText("target"),
                f.bool("classification", true), missing);
    }

    private static DataSource imageFolder(Fields f) throws ProjectFileException {
        return new DataSource.ImageFolder(path(f, "path"), f.requiredInteger("width", 1, MAX_DIM),
                f.requiredInteger("height", 1, MAX_DIM), f.bool("grey", false));
    }

    private static String path(Fields f, String field) throws ProjectFileException {
        String path = f.requiredText(field);
        if (path.isBlank()) {
            throw f.fail(field, field + " must name a file or folder, but it is empty");
        }
        return path;
    }
}
