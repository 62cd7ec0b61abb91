package org.perceptra.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.perceptra.model.Shape;

/**
 * Loads a folder with one subfolder per class (sorted by name: the class order) into {@code [C, H, W]} images
 * resized to {@code width × height}, grey ({@code C = 1}) or RGB ({@code C = 3}), values 0..1. A file that is not
 * a readable image is skipped and named in the dataset's {@linkplain Dataset#notes() notes}: one stray text file
 * or damaged photo should not block a folder of thousands. A class left without any image is an error.
 */
public final class ImageFolderLoader {
    public static final int MAX_SIDE = 1024;
    /** Files that operating systems leave in folders; skipped silently. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");
    private static final int NAMES_IN_NOTE = 10;

    private ImageFolderLoader() {
    }

    public static Dataset load(Path folder, int width, int height, boolean grey) throws DataException {
        String name = folder.toString();
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new DataException(name, "Images are resized to 1 to " + MAX_SIDE + " pixels a side, not "
                    + width + "×" + height + ".");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataException(name, "The folder does not exist.");
        }
        List<Path> classFolders = list(folder, Files::isDirectory);
        if (classFolders.size() < 2) {
            throw new DataException(name, "The folder needs one subfolder of images per class, and at least two"
                    + " classes; it has " + classFolders.size() + ".");
        }
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < classFolders.size(); c++) {
            for (Path file : list(classFolders.get(c), Files::isRegularFile)) {
                files.add(file);
                labels.add(c);
            }
        }
        Shape shape = Shape.of(grey ? 1 : 3, height, width);
        checkMemory(name, files.size(), shape);
        float[][] images = decodeAll(files, width, height, grey);
        return assemble(folder, classFolders, files, labels, images, shape);
    }

    private static float[][] decodeAll(List<Path> files, int width, int height, boolean grey) {
        float[][] images = new float[files.size()][];
        // Decoding dominates; parallel per file, each result in its own slot, so the order stays the same.
        IntStream.range(0, files.size()).parallel().forEach(i -> images[i] = decode(files.get(i), width, height,
                grey));
        return images;
    }

    private static float[] decode(Path file, int width, int height, boolean grey) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            return image == null ? null : ImagePixels.channelsFirst(image, width, height, grey);
        } catch (IOException | RuntimeException e) {
            return null; // damaged files throw from deep inside decoders; the file is reported as unreadable
        }
    }

    private static Dataset assemble(Path folder, List<Path> classFolders, List<Path> files, List<Integer> labels,
                                    float[][] images, Shape shape) throws DataException {
        int size = (int) shape.size();
        int readable = (int) Stream.of(images).filter(i -> i != null).count();
        float[] features = new float[Math.multiplyExact(readable, size)];
        int[] classes = new int[readable];
        int[] perClass = new int[classFolders.size()];
        List<String> skipped = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < images.length; i++) {
            if (images[i] == null) {
                skipped.add(folder.relativize(files.get(i)).toString());
                continue;
            }
            System.arraycopy(images[i], 0, features, n * size, size);
            classes[n++] = labels.get(i);
            perClass[labels.get(i)]++;
        }
        for (int c = 0; c < perClass.length; c++) {
            if (perClass[c] == 0) {
                throw new DataException(classFolders.get(c).toString(), "This class folder holds no readable"
                        + " image (PNG, JPEG, GIF or BMP).");
            }
        }
        List<String> names = classFolders.stream().map(p -> p.getFileName().toString()).toList();
        return Dataset.classesOwned(features, shape, classes, names).withTargetName("class")
                .withDescription(folder.getFileName() + " (image folder, " + readable + " images resized to "
                        + shape.dim(2) + "×" + shape.dim(1) + (shape.dim(0) == 1 ? ", grey)" : ", RGB)"))
                .withNotes(skipped.isEmpty() ? List.of() : List.of(skippedNote(skipped)));
    }

    private static String skippedNote(List<String> skipped) {
        String listed = String.join(", ", skipped.subList(0, Math.min(NAMES_IN_NOTE, skipped.size())));
        String more = skipped.size() > NAMES_IN_NOTE ? " and " + (skipped.size() - NAMES_IN_NOTE) + " more" : "";
        return "Skipped " + skipped.size() + (skipped.size() == 1 ? " file that is not a readable image: "
                : " files that are not readable images: ") + listed + more + ".";
    }

    private static void checkMemory(String name, int files, Shape shape) throws DataException {
        long bytes = files * shape.size() * Float.BYTES;
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max / 2) {
            throw new DataException(name, String.format(Locale.ROOT, "%d images of %s need %.1f GB of memory;"
                    + " Perceptra has %.1f GB. Choose a smaller size or fewer images.", files, shape, bytes / 1e9,
                    max / 1e9));
        }
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<Path> kind) throws DataException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(kind).filter(p -> !isHiddenOrSystem(p)).sorted().toList();
        } catch (IOException e) {
            throw new DataException(folder.toString(), "The folder cannot be listed: " + e.getMessage());
        }
    }

    private static boolean isHiddenOrSystem(Path p) {
        String file = p.getFileName().toString();
        return file.startsWith(".") || SYSTEM_FILES.contains(file.toLowerCase(Locale.ROOT));
    }
}
