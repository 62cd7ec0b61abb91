package org.perceptra.ui.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import org.perceptra.data.DataException;

/**
 * A quick look into an image folder without loading all of it: its class subfolders, how many files each
 * holds, and a few pictures of each, read at thumbnail size. Runs on the background thread.
 */
record FolderSamples(List<String> classes, List<Integer> counts, List<SampleGrid.Tile> tiles) {
    static final int PER_CLASS = 4;
    static final int MAX_CLASSES_SHOWN = 6;
    private static final List<String> PICTURES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    static FolderSamples of(Path folder) throws DataException {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder.toString(), "The folder does not exist.");
        }
        List<Path> classFolders = list(folder, true);
        if (classFolders.size() < 2) {
            throw new DataException(folder.toString(), "The folder needs one subfolder of images per class, and at"
                    + " least two classes; it has " + classFolders.size() + ".");
        }
        List<String> classes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<SampleGrid.Tile> tiles = new ArrayList<>();
        for (Path classFolder : classFolders) {
            String name = classFolder.getFileName().toString();
            List<Path> pictures = list(classFolder, false).stream().filter(FolderSamples::isPicture).toList();
            classes.add(name);
            counts.add(pictures.size());
            if (classes.size() <= MAX_CLASSES_SHOWN) {
                for (Path p : pictures.subList(0, Math.min(PER_CLASS, pictures.size()))) {
                    Image image = new Image(p.toUri().toString(), SampleGrid.SIDE * 2, SampleGrid.SIDE * 2, true, true);
                    if (!image.isError()) {
                        tiles.add(new SampleGrid.Tile(image, name));
                    }
                }
            }
        }
        return new FolderSamples(classes, counts, tiles);
    }

    private static boolean isPicture(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return PICTURES.stream().anyMatch(name::endsWith);
    }

    private static List<Path> list(Path folder, boolean folders) throws DataException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> folders ? Files.isDirectory(p) : Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new DataException(folder.toString(), "The folder cannot be listed: " + e.getMessage());
        }
    }
}
