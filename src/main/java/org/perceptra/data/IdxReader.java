package org.perceptra.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of MNIST: a big-endian magic number (two zero bytes, a type byte, the number of
 * dimensions), one big-endian int per dimension, then the values. Only unsigned bytes (type 0x08) are supported,
 * which is what MNIST and its look-alikes (Fashion-MNIST, KMNIST, EMNIST) use. Gzipped files are recognised by
 * their own magic (0x1f 0x8b), not by their name, since downloads are often renamed.
 */
public final class IdxReader {
    /** Magic of an image file: unsigned bytes, 3 dimensions (count, rows, columns). */
    public static final int IMAGES_MAGIC = 2051;
    /** Magic of a label file: unsigned bytes, 1 dimension (count). */
    public static final int LABELS_MAGIC = 2049;
    /** Larger than any real IDX file; a header asking for more is corrupt, and must not exhaust memory. */
    static final long MAX_VALUES = 1L << 30;
    private static final int MAX_SIDE = 4096;

    private IdxReader() {
    }

    /**
     * The dimensions and unsigned byte values of one IDX file.
     *
     * @param magic the magic number (2051 for images, 2049 for labels)
     */
    public record IdxArray(int magic, int[] dims, byte[] data) {
        public IdxArray {
            dims = dims.clone();
        }

        @Override
        public int[] dims() {
            return dims.clone();
        }

        /** Value {@code i} as the unsigned byte it is (0..255). */
        public int value(int i) {
            return data[i] & 0xff;
        }

        /** The first dimension: how many images or labels. */
        public int count() {
            return dims[0];
        }
    }

    public static IdxArray read(Path file) throws DataException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DataException(file.toString(), "The file does not exist (or is a folder).");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new DataException(name, "The file cannot be read: " + e.getMessage());
        }
    }

    /** Reads from a stream (not closed here); {@code name} is for messages. */
    public static IdxArray read(InputStream raw, String name) throws DataException {
        try {
            InputStream in = unzipIfGzipped(new BufferedInputStream(raw, 1 << 16));
            byte[] head = in.readNBytes(4);
            int magic = checkMagic(head, name);
            byte[] dimBytes = in.readNBytes(4 * head[3]);
            if (dimBytes.length < 4 * head[3]) {
                throw truncated(name, "in its header");
            }
            int[] dims = dims(dimBytes, name);
            int total = Math.toIntExact(Arrays.stream(dims).asLongStream().reduce(1, (a, b) -> a * b));
            // readNBytes grows its buffer as data arrives: a truncated file with a huge header fails cheaply.
            byte[] data = in.readNBytes(total);
            if (data.length < total) {
                throw truncated(name, "after " + data.length + " of the " + total + " values its header announces");
            }
            return new IdxArray(magic, dims, data);
        } catch (EOFException e) {
            throw truncated(name, "before its end");
        } catch (ZipException e) {
            throw new DataException(name, "The file starts like a gzip archive but is damaged (" + e.getMessage()
                    + "). Download it again.");
        } catch (IOException e) {
            throw new DataException(name, "The file cannot be read: " + e.getMessage());
        }
    }

    private static InputStream unzipIfGzipped(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    private static int checkMagic(byte[] head, String name) throws DataException {
        if (head.length < 4) {
            throw truncated(name, "before the end of its magic number");
        }
        int magic = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        if (head[0] != 0 || head[1] != 0 || head[3] < 1 || head[3] > 4) {
            throw new DataException(name, "This is not an IDX file: its magic number is " + magic + " (0x"
                    + Integer.toHexString(magic) + "); MNIST images have 2051 and labels 2049.");
        }
        if (head[2] != 0x08) {
            throw new DataException(name, "The file holds values of IDX type 0x" + Integer.toHexString(head[2] & 0xff)
                    + "; only unsigned bytes (type 0x08, as in MNIST) can be read.");
        }
        return magic;
    }

    private static int[] dims(byte[] bytes, String name) throws DataException {
        int[] dims = new int[bytes.length / 4];
        long total = 1;
        for (int i = 0; i < dims.length; i++) {
            int b = 4 * i;
            dims[i] = ((bytes[b] & 0xff) << 24) | ((bytes[b + 1] & 0xff) << 16) | ((bytes[b + 2] & 0xff) << 8)
                    | (bytes[b + 3] & 0xff);
            if (dims[i] < 1 || (i > 0 && dims[i] > MAX_SIDE)) {
                throw new DataException(name, "Dimension " + (i + 1) + " of the header is " + dims[i]
                        + ", which no real IDX file has: the file is damaged.");
            }
            total *= dims[i];
            if (total > MAX_VALUES) {
                throw new DataException(name, "The header announces more than " + MAX_VALUES + " values, more than"
                        + " Perceptra can load: the file is damaged or far too large.");
            }
        }
        return dims;
    }

    private static DataException truncated(String name, String where) {
        return new DataException(name, "The file ends " + where + ": it is truncated (an interrupted download?).");
    }
}
