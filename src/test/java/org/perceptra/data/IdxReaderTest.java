package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.model.Shape;

class IdxReaderTest {
    /** An IDX file of unsigned bytes with the given dimensions; values count up from 0. */
    static byte[] idx(int magic, int... dims) {
        int total = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + total).putInt(magic);
        Arrays.stream(dims).forEach(b::putInt);
        for (int i = 0; i < total; i++) {
            b.put((byte) (i % 3));
        }
        return b.array();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static IdxReader.IdxArray read(byte[] bytes) throws DataException {
        return IdxReader.read(new ByteArrayInputStream(bytes), "x.idx");
    }

    @Test
    void readsPlainAndGzippedFilesAlike() throws Exception {
        byte[] plain = idx(IdxReader.IMAGES_MAGIC, 2, 3, 4);

        IdxReader.IdxArray a = read(plain);
        IdxReader.IdxArray b = read(gzip(plain));

        assertThat(a.dims()).containsExactly(2, 3, 4);
        assertThat(a.magic()).isEqualTo(2051);
        assertThat(a.data()).containsExactly(b.data());
        assertThat(a.value(4)).isEqualTo(1);
    }

    @Test
    void imagesAndLabelsBecomeUnitScaledChannelFirstImages(@TempDir Path dir) throws Exception {
        Path images = dir.resolve("img.gz");
        Path labels = dir.resolve("lab");
        Files.write(images, gzip(idx(IdxReader.IMAGES_MAGIC, 3, 2, 2)));
        Files.write(labels, idx(IdxReader.LABELS_MAGIC, 3));

        Dataset data = IdxLoader.load(images, labels);

        assertThat(data.featureShape()).isEqualTo(Shape.of(1, 2, 2));
        assertThat(data.classes()).containsExactly(0, 1, 2);
        assertThat(data.feature(0, 2)).isCloseTo(2 / 255f, within(1e-7f));
        assertThat(data.classNames()).containsExactly("0", "1", "2");
    }

    @Test
    void badMagicIsNamed() {
        assertThatThrownBy(() -> read("hello, world".getBytes()))
                .hasMessageStartingWith("x.idx: This is not an IDX file: its magic number is");
        assertThatThrownBy(() -> read(idx(0x00000D03, 1, 1, 1)))
                .hasMessageContaining("IDX type 0xd; only unsigned bytes");
    }

    @Test
    void truncatedFilesAreNamedAsTruncated() throws Exception {
        byte[] whole = idx(IdxReader.IMAGES_MAGIC, 10, 28, 28);
        byte[] cut = Arrays.copyOf(whole, 500);

        assertThatThrownBy(() -> read(cut)).hasMessageContaining("after 484 of the 7840 values")
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, 9))).hasMessageContaining("ends in its header");
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, 2))).hasMessageContaining("truncated");
        byte[] gz = gzip(whole);
        assertThatThrownBy(() -> read(Arrays.copyOf(gz, gz.length / 2))).hasMessageContaining("truncated");
    }

    @Test
    void headerClaimingTooMuchIsRefusedBeforeAllocating() {
        byte[] huge = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(100_000_000).putInt(4000)
                .putInt(4000).array();
        byte[] zero = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(0).putInt(28).putInt(28)
                .array();

        assertThatThrownBy(() -> read(huge)).hasMessageContaining("damaged or far too large");
        assertThatThrownBy(() -> read(zero)).hasMessageContaining("Dimension 1 of the header is 0");
    }

    @Test
    void damagedGzipIsNamed() {
        byte[] bad = {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThatThrownBy(() -> read(bad)).isInstanceOf(DataException.class).hasMessageStartingWith("x.idx: ");
    }

    @Test
    void countMismatchAndSwappedFilesAreNamed() throws Exception {
        IdxReader.IdxArray images = read(idx(IdxReader.IMAGES_MAGIC, 3, 2, 2));
        IdxReader.IdxArray labels = read(idx(IdxReader.LABELS_MAGIC, 4));

        assertThatThrownBy(() -> IdxLoader.combine(images, "img", labels, "lab"))
                .hasMessage("img: There are 3 images but 4 labels in lab: the two files do not belong together.");
        assertThatThrownBy(() -> IdxLoader.combine(labels, "lab", images, "img"))
                .hasMessageContaining("lab: This is a labels file (magic 2049), but it was chosen as the images");
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> IdxReader.read(dir.resolve("none.idx"))).hasMessageContaining("does not exist");
    }
}
