package org.perceptra.data;

import java.nio.file.Path;
import org.perceptra.model.Shape;

/**
 * Loads the samples a {@link DataSource} describes. Relative file paths are resolved against the project file's
 * folder, so a project and its data can be moved or shared together.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /** Loads a CSV source with its own missing-value policy. */
    public static Dataset load(DataSource source, Path projectDir) throws DataException {
        return load(source, projectDir, null);
    }

    /**
     * @param projectDir folder of the project file; null resolves relative paths against the working folder
     * @param csvOptions  overrides a CSV source's own options, or null to use them
     */
    public static Dataset load(DataSource source, Path projectDir, CsvOptions csvOptions) throws DataException {
        if (source instanceof DataSource.None) {
            throw new DataException("No dataset is chosen yet. Pick one in the Data panel.");
        } else if (source instanceof DataSource.Generated g) {
            return SyntheticData.generate(g);
        } else if (source instanceof DataSource.Bundled b) {
            return reshape(BundledData.load(b.dataset()), b);
        } else if (source instanceof DataSource.Csv c) {
            return CsvLoader.load(resolve(c.path(), projectDir), c.features(), c.target(), c.classification(),
                    csvOptions != null ? csvOptions : new CsvOptions(c.missing())).dataset();
        } else if (source instanceof DataSource.Idx i) {
            return IdxLoader.load(resolve(i.images(), projectDir), resolve(i.labels(), projectDir));
        } else if (source instanceof DataSource.ImageFolder f) {
            return ImageFolderLoader.load(resolve(f.path(), projectDir), f.width(), f.height(), f.grey());
        }
        throw new IllegalStateException("unknown data source " + source);
    }

    /** An absolute path as it is; a relative one inside {@code projectDir}. */
    public static Path resolve(String path, Path projectDir) throws DataException {
        if (path == null || path.isBlank()) {
            throw new DataException("No file is chosen for the dataset.");
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DataException(path, "This is not a valid file name: " + e.getReason() + ".");
        }
        return p.isAbsolute() || projectDir == null ? p : projectDir.resolve(p).normalize();
    }

    private static Dataset reshape(Dataset data, DataSource.Bundled source) throws DataException {
        if (source.featureShape().isEmpty()) {
            return data;
        }
        Shape shape;
        try {
            shape = Shape.of(source.featureShape());
        } catch (IllegalArgumentException e) {
            throw new DataException(source.dataset().id(), "The sample shape " + source.featureShape()
                    + " is not valid: " + e.getMessage() + ".");
        }
        if (shape.size() != data.sampleSize()) {
            throw new DataException(source.dataset().id(), "Samples have " + data.sampleSize() + " values "
                    + data.featureShape() + "; they cannot be reshaped to " + shape + ".");
        }
        return data.reshape(shape);
    }
}
