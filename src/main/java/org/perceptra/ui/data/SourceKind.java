package org.perceptra.ui.data;

import java.util.List;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.Generator;

/** The kinds of data source a student picks from, with the source each one starts with. */
enum SourceKind {
    NONE("No data yet"),
    GENERATED("Generated 2-D data"),
    BUNDLED("Bundled data set"),
    CSV("CSV file"),
    IDX("MNIST-format files (IDX)"),
    IMAGE_FOLDER("Folder of images");

    private final String title;

    SourceKind(String title) {
        this.title = title;
    }

    static SourceKind of(DataSource source) {
        if (source instanceof DataSource.Generated) {
            return GENERATED;
        } else if (source instanceof DataSource.Bundled) {
            return BUNDLED;
        } else if (source instanceof DataSource.Csv) {
            return CSV;
        } else if (source instanceof DataSource.Idx) {
            return IDX;
        } else if (source instanceof DataSource.ImageFolder) {
            return IMAGE_FOLDER;
        }
        return NONE;
    }

    /** What a newly picked kind starts with; files are chosen afterwards. */
    DataSource start() {
        return switch (this) {
            case NONE -> new DataSource.None();
            case GENERATED -> new DataSource.Generated(Generator.SPIRAL, 500, 0.1, 42);
            case BUNDLED -> new DataSource.Bundled(BundledDataset.IRIS, List.of());
            case CSV -> new DataSource.Csv("", List.of(), "", true);
            case IDX -> new DataSource.Idx("", "");
            case IMAGE_FOLDER -> new DataSource.ImageFolder("", 28, 28, true);
        };
    }

    @Override
    public String toString() {
        return title;
    }
}
