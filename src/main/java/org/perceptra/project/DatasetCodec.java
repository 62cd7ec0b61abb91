package org.perceptra.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import org.perceptra.data.Augmentation;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.DatasetSpec.Split;

/** {@code "dataset"}: where samples come from, how they are split, how features are scaled. */
final class DatasetCodec {
    private static final Set<String> DATASET_FIELDS = Set.of("source", "split", "normalization", "augmentation");
    private static final Set<String> AUGMENTATION_FIELDS = Set.of("flip", "shift", "rotation");
    private static final Set<String> SPLIT_FIELDS = Set.of("validation", "test", "stratify", "folds", "seed");

    private DatasetCodec() {
    }

    static ObjectNode write(DatasetSpec dataset) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("source", SourceCodec.write(dataset.source()));
        Split s = dataset.split();
        out.putObject("split").put("validation", s.validation()).put("test", s.test()).put("stratify", s.stratify())
                .put("folds", s.folds()).put("seed", s.seed());
        out.put("normalization", dataset.normalization().id());
        Augmentation a = dataset.augmentation();
        if (!a.isNone()) { // written only when on: files without it read as before
            out.putObject("augmentation").put("flip", a.flip()).put("shift", a.maxShift())
                    .put("rotation", a.maxDegrees());
        }
        return out;
    }

    /** @param f the "dataset" object, or null when the file has none */
    static DatasetSpec read(Fields f) throws ProjectFileException {
        if (f == null) {
            return DatasetSpec.none();
        }
        f.allowOnly(DATASET_FIELDS);
        Fields source = f.optionalObject("source");
        DataSource data = source == null ? new DataSource.None() : SourceCodec.read(source);
        Fields split = f.optionalObject("split");
        Fields augmentation = f.optionalObject("augmentation");
        return new DatasetSpec(data, split == null ? Split.DEFAULT : split(split), normalization(f, data),
                augmentation == null ? Augmentation.NONE : augmentation(augmentation));
    }

    private static Augmentation augmentation(Fields f) throws ProjectFileException {
        f.allowOnly(AUGMENTATION_FIELDS);
        boolean flip = f.bool("flip", false);
        int shift = f.integer("shift", 0, 0, 1000);
        double rotation = f.real("rotation", 0);
        try {
            return new Augmentation(flip, shift, rotation);
        } catch (IllegalArgumentException e) {
            throw f.failHere(e.getMessage());
        }
    }

    private static Split split(Fields f) throws ProjectFileException {
        f.allowOnly(SPLIT_FIELDS);
        Split d = Split.DEFAULT;
        double validation = f.real("validation", d.validation());
        double test = f.real("test", d.test());
        boolean stratify = f.bool("stratify", d.stratify());
        int folds = f.integer("folds", d.folds(), 1, 20);
        long seed = f.longInteger("seed", d.seed());
        try {
            return new Split(validation, test, stratify, folds, seed);
        } catch (IllegalArgumentException e) {
            throw f.failHere(e.getMessage());
        }
    }

    /** Absent: z-scores when there is data, as {@link DatasetSpec#of} does, and none without data. */
    private static Normalization normalization(Fields f, DataSource data) throws ProjectFileException {
        Normalization fallback = data instanceof DataSource.None ? Normalization.NONE : Normalization.ZSCORE;
        String id = f.text("normalization", fallback.id());
        return Normalization.byId(id).orElseThrow(() -> f.fail("normalization", "normalization must be one of "
                + String.join(", ", Arrays.stream(Normalization.values()).map(Normalization::id).toList())
                + ", not " + ReadContext.quote(id)));
    }
}
