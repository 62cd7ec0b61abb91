package org.perceptra.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Float tensors as a NumPy {@code .npz} archive: one {@code name.npy} entry each (format 1.0, little-endian
 * float32, C order), stored uncompressed, because ND4J reads only stored entries; {@code numpy.load} reads it too.
 */
final class NpzArchive {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpzArchive() {
    }

    /** Writes every tensor of {@code values}, shaped as {@code shapes} says, in the map's order. */
    static void write(Map<String, float[]> values, Map<String, long[]> shapes, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            byte[] npy = npy(e.getValue(), shapes.get(e.getKey()));
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(npy.length);
            entry.setCompressedSize(npy.length);
            CRC32 crc = new CRC32();
            crc.update(npy);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(npy);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** One array in NumPy's {@code .npy} format 1.0: magic, header length, a padded header dict, the data. */
    static byte[] npy(float[] values, long[] shape) {
        String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + (shape.length == 1 ? "," : "")
                + "), }";
        // The data starts on a multiple of 64 bytes; the header ends with a newline.
        int unpadded = MAGIC.length + 2 + header.length() + 1;
        header = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        byte[] text = header.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + text.length + 4 * values.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putShort((short) text.length).put(text);
        b.asFloatBuffer().put(values);
        return b.array();
    }
}
