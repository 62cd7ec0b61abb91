package org.perceptra.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the datasets shipped under {@code /datasets/} on the class path. They are read like user files (the
 * same CSV and IDX code), then given the official class names and provenance of {@link BundledDataset}.
 */
final class BundledData {
    private static final String ROOT = "/datasets/";
    private static final String MNIST_LABELS = "mnist-10k/labels-idx1-ubyte.gz";

    private BundledData() {
    }

    static Dataset load(BundledDataset set) throws DataException {
        Dataset data = switch (set) {
            case IRIS -> csv(set, "species", true);
            case DIGITS -> csv(set, "digit", true);
            case DIABETES -> csv(set, "progression", false);
            case MNIST_10K -> mnist(set);
        };
        if (data.isClassification()) {
            data = data.withClassNames(set.signature(List.of()).classNames());
        }
        return data.withDescription(set.id() + ": " + set.provenance());
    }

    private static Dataset csv(BundledDataset set, String target, boolean classification) throws DataException {
        try (InputStream in = open(set.resource());
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CsvLoader.read(reader, set.resource(), List.of(), target, classification, CsvOptions.DEFAULT)
                    .dataset();
        } catch (IOException e) {
            throw new DataException(set.resource(), "The bundled file cannot be read: " + e.getMessage());
        }
    }

    private static Dataset mnist(BundledDataset set) throws DataException {
        try (InputStream images = open(set.resource()); InputStream labels = open(MNIST_LABELS)) {
            return IdxLoader.combine(IdxReader.read(images, set.resource()), set.resource(),
                    IdxReader.read(labels, MNIST_LABELS), MNIST_LABELS);
        } catch (IOException e) {
            throw new DataException(set.resource(), "The bundled file cannot be read: " + e.getMessage());
        }
    }

    private static InputStream open(String resource) throws DataException {
        InputStream in = BundledData.class.getResourceAsStream(ROOT + resource);
        if (in == null) {
            throw new DataException(resource, "The bundled file is missing from the installation; reinstall"
                    + " Perceptra.");
        }
        return in;
    }
}
