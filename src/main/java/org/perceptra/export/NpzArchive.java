package org.perceptra.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Named arrays as NumPy's {@code .npz}: a zip of {@code .npy} files (format version 1.0, little-endian, C
 * order), each entry STORED rather than deflated, which both NumPy and ND4J read. No library on Maven Central
 * that is kept up writes .npy without bringing a runtime of its own (ND4J's writer needs its natives and an
 * INDArray per tensor), and the format is one short text header before the raw numbers (decision 0011).
 */
final class NpzArchive {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    /** One array: its dimensions, and its values as float32 or (for counters) int64. */
    record Array(long[] dims, float[] floats, long[] longs) {
        static Array of(float[] values, long... dims) {
            return new Array(dims, values, null);
        }

        static Array scalar(long value) {
            return new Array(new long[0], null, new long[] {value});
        }
    }

    private final Map<String, Array> arrays = new LinkedHashMap<>();

    /** Adds {@code array} under {@code name} (without {@code .npy}); refuses a size that does not fit its dims. */
    void put(String name, Array array) {
        long size = 1;
        for (long d : array.dims()) {
            size *= d;
        }
        int length = array.floats() != null ? array.floats().length : array.longs().length;
        if (size != length) {
            throw new IllegalArgumentException(name + " has " + length + " values, not the " + size + " its shape needs");
        }
        if (arrays.putIfAbsent(name, array) != null) {
            throw new IllegalArgumentException("two arrays are named " + name);
        }
    }

    Map<String, Array> arrays() {
        return Map.copyOf(arrays);
    }

    /** Writes every tensor of {@code values}, shaped as {@code shapes} says, in the map's order. */
    static void write(Map<String, float[]> values, Map<String, long[]> shapes, OutputStream out) throws IOException {
        NpzArchive npz = new NpzArchive();
        values.forEach((name, v) -> npz.put(name, Array.of(v, shapes.get(name))));
        npz.writeTo(out);
    }

    void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, Array> e : arrays.entrySet()) {
            byte[] npy = npy(e.getValue());
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(npy.length);
            entry.setCompressedSize(npy.length);
            CRC32 crc = new CRC32();
            crc.update(npy);
            entry.setCrc(crc.getValue());
            entry.setTime(0); // the same weights give the same bytes
            zip.putNextEntry(entry);
            zip.write(npy);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The .npy bytes: magic, version, header length, the header dict padded to 64 bytes, then the data. */
    static byte[] npy(Array a) {
        boolean floats = a.floats() != null;
        StringJoiner shape = new StringJoiner(", ", "(", a.dims().length == 1 ? ",)" : ")");
        for (long d : a.dims()) {
            shape.add(Long.toString(d));
        }
        String dict = "{'descr': '" + (floats ? "<f4" : "<i8") + "', 'fortran_order': False, 'shape': " + shape
                + ", }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        int count = floats ? a.floats().length : a.longs().length;
        ByteBuffer data = ByteBuffer.allocate(count * (floats ? 4 : 8)).order(ByteOrder.LITTLE_ENDIAN);
        if (floats) {
            data.asFloatBuffer().put(a.floats());
        } else {
            data.asLongBuffer().put(a.longs());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAGIC.length + 2 + header.length() + data.capacity());
        out.writeBytes(MAGIC);
        out.write(header.length() & 0xff);
        out.write(header.length() >> 8);
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data.array());
        return out.toByteArray();
    }
}
