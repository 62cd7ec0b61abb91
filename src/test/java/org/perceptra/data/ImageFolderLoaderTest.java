package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.model.Shape;

class ImageFolderLoaderTest {
    @TempDir
    Path dir;

    private void image(String path, int size, Color color) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private void twoClasses() throws Exception {
        image("red/a.png", 40, Color.RED);
        image("red/b.png", 12, Color.RED);
        image("white/c.png", 8, Color.WHITE);
    }

    @Test
    void subfoldersBecomeSortedClassesOfResizedRgbImages() throws Exception {
        twoClasses();

        Dataset data = ImageFolderLoader.load(dir, 4, 3, false);

        assertThat(data.featureShape()).isEqualTo(Shape.of(3, 3, 4));
        assertThat(data.classNames()).containsExactly("red", "white");
        assertThat(data.classes()).containsExactly(0, 0, 1);
        assertThat(data.feature(0, 0)).isEqualTo(1f);   // red channel of a red image
        assertThat(data.feature(0, 12)).isEqualTo(0f);  // green channel
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void greyImagesHaveOneChannelOfLuma() throws Exception {
        twoClasses();

        Dataset data = ImageFolderLoader.load(dir, 5, 5, true);

        assertThat(data.featureShape()).isEqualTo(Shape.of(1, 5, 5));
        assertThat(data.feature(0, 7)).isCloseTo(0.299f, within(1e-3f));
        assertThat(data.feature(2, 7)).isCloseTo(1f, within(1e-3f));
    }

    @Test
    void unreadableFilesAreSkippedAndNamedWhileSystemFilesAreIgnored() throws Exception {
        twoClasses();
        Files.writeString(dir.resolve("red/notes.txt"), "not an image");
        Files.write(dir.resolve("white/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Files.writeString(dir.resolve("white/.DS_Store"), "x");
        Files.writeString(dir.resolve("white/Thumbs.db"), "x");

        Dataset data = ImageFolderLoader.load(dir, 4, 4, true);

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.notes()).containsExactly("Skipped 2 files that are not readable images: red"
                + dir.getFileSystem().getSeparator() + "notes.txt, white" + dir.getFileSystem().getSeparator()
                + "broken.png.");
    }

    @Test
    void classWithoutReadableImagesIsAnError() throws Exception {
        image("red/a.png", 4, Color.RED);
        Files.createDirectories(dir.resolve("blue"));
        Files.writeString(dir.resolve("blue/readme.txt"), "x");

        assertThatThrownBy(() -> ImageFolderLoader.load(dir, 4, 4, true)).isInstanceOf(DataException.class)
                .hasMessageEndingWith("blue: This class folder holds no readable image (PNG, JPEG, GIF or BMP).");
    }

    @Test
    void oneClassOrNoFolderOrBadSizeIsRefused() throws Exception {
        image("only/a.png", 4, Color.RED);

        assertThatThrownBy(() -> ImageFolderLoader.load(dir, 4, 4, true)).hasMessageContaining("it has 1.");
        assertThatThrownBy(() -> ImageFolderLoader.load(dir.resolve("nope"), 4, 4, true))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ImageFolderLoader.load(dir, 0, 4, true)).hasMessageContaining("1 to 1024");
    }
}
