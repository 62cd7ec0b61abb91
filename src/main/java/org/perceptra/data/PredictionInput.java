package org.perceptra.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.perceptra.model.Shape;

/**
 * New samples for a trained network, in the units of the data it was trained on (scaling comes later): a CSV
 * whose header names the feature columns as the project's data does, or an IDX image file for image networks.
 * Columns may come in any order and extra columns (such as the answer) are ignored; a categorical feature that
 * the training data turned into one-hot columns ("colour=red") is read from its original column ("colour").
 */
public final class PredictionInput {
    private PredictionInput() {
    }

    /**
     * The names a CSV header must carry for this data: its feature names, or {@code x1, x2, ...} for data that
     * has none (the 2-D generators: {@code x1,x2}).
     */
    public static List<String> featureColumns(Dataset reference) {
        if (!reference.featureNames().isEmpty()) {
            return reference.featureNames();
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= reference.sampleSize(); i++) {
            names.add("x" + i);
        }
        return names;
    }

    /** Samples of {@code features.size()} values each, one after another, in the order of {@code features}. */
    public static float[] readCsv(Path file, List<String> features) throws DataException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DataException(file.toString(), "The file does not exist (or is a folder).");
        }
        CsvText text;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            text = CsvText.parse(reader, name);
        } catch (IOException e) {
            throw new DataException(name, 0, null, "The file cannot be read: " + e.getMessage(), e);
        }
        if (!text.headerDetected) {
            throw new DataException(name, 1, null, "The first row must name the columns: "
                    + String.join(",", rawColumns(features)) + ".");
        }
        Source[] sources = new Source[features.size()];
        for (int f = 0; f < sources.length; f++) {
            sources[f] = source(text, features.get(f), features);
        }
        float[] values = new float[text.rows.size() * sources.length];
        for (int r = 0; r < text.rows.size(); r++) {
            String[] row = text.rows.get(r);
            for (int f = 0; f < sources.length; f++) {
                values[r * sources.length + f] = sources[f].read(row, text, text.lines[r]);
            }
        }
        return values;
    }

    /**
     * Images from an IDX file (as MNIST's), bytes scaled to 0..1 as the IDX loader does, each of
     * {@code shape}'s size.
     */
    public static float[] readIdxImages(Path file, Shape shape) throws DataException {
        IdxReader.IdxArray images = IdxReader.read(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (images.magic() != IdxReader.IMAGES_MAGIC) {
            throw new DataException(name, "This is not an IDX image file (it holds labels or other numbers).");
        }
        int count = images.count();
        long per = images.data().length / Math.max(1, count);
        if (per != shape.size()) {
            throw new DataException(name, "Each image has " + per + " pixels, but the network takes " + shape
                    + " = " + shape.size() + " values per sample.");
        }
        float[] values = new float[images.data().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (images.data()[i] & 0xff) / 255f;
        }
        return values;
    }

    private static List<String> rawColumns(List<String> features) {
        return features.stream().map(f -> f.contains("=") ? f.substring(0, f.indexOf('=')) : f).distinct().toList();
    }

    private static Source source(CsvText text, String feature, List<String> allFeatures) throws DataException {
        int direct = text.columns.indexOf(feature);
        if (direct >= 0) {
            return new Numeric(direct, feature);
        }
        int eq = feature.indexOf('=');
        if (eq > 0 && text.columns.contains(feature.substring(0, eq))) {
            String prefix = feature.substring(0, eq + 1);
            List<String> known = allFeatures.stream().filter(f -> f.startsWith(prefix))
                    .map(f -> f.substring(prefix.length())).toList();
            return new OneHot(text.columns.indexOf(feature.substring(0, eq)), feature.substring(eq + 1), known);
        }
        String wanted = eq > 0 ? feature.substring(0, eq) : feature;
        throw new DataException(text.name, 1, null, "There is no column \"" + wanted + "\", which the network "
                + "needs. The columns are: " + String.join(", ", text.columns) + ".");
    }

    private interface Source {
        float read(String[] row, CsvText text, long line) throws DataException;
    }

    private record Numeric(int column, String name) implements Source {
        @Override
        public float read(String[] row, CsvText text, long line) throws DataException {
            String cell = row[column].trim();
            if (Cells.isMissing(cell)) {
                throw new DataException(text.name, line, name, "The value is missing; every feature is needed"
                        + " to predict.");
            }
            if (!Cells.isNumber(cell)) {
                throw new DataException(text.name, line, name, "\"" + cell + "\" is not a number.");
            }
            double v = Cells.parse(cell);
            if (!Cells.fitsFloat(v)) {
                throw new DataException(text.name, line, name, "\"" + cell + "\" is not a finite number the"
                        + " network can compute with.");
            }
            return (float) v;
        }
    }

    private record OneHot(int column, String category, List<String> known) implements Source {
        @Override
        public float read(String[] row, CsvText text, long line) throws DataException {
            String cell = row[column].trim();
            if (Cells.isMissing(cell)) {
                throw new DataException(text.name, line, text.columns.get(column), "The value is missing; every"
                        + " feature is needed to predict.");
            }
            if (!known.contains(cell)) {
                throw new DataException(text.name, line, text.columns.get(column), "\"" + cell + "\" was not among"
                        + " the values seen in training (" + String.join(", ", known) + ").");
            }
            return cell.equals(category) ? 1f : 0f;
        }
    }
}
