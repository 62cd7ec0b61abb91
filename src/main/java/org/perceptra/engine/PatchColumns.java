package org.perceptra.engine;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ND4J's {@code im2col} and {@code im2col_bp} (col2im) with the columns laid out as the convolution's matrix
 * product wants them: {@link ConvolutionCompilers#im2colConv} reshapes im2col's [B, C, kH, kW, oH, oW] output
 * to [M, P, oH*oW] (P rows of a patch per group) and permutes it to [P, M*oH*oW]; here that layout is written
 * (and read back) directly, so the plan saves the permute's copy as well as ND4J's generic im2col loop (about
 * 2 ns per element, where this runs as plain array copies). The same values: im2col only copies, and col2im
 * adds a pixel's contributions in ND4J's order (its loops run over output positions outside the kernel's, so a
 * pixel sums them by kernel row, then column, falling), starting from zero; the tests hold both to ND4J's ops
 * bit for bit.
 */
final class PatchColumns {
    private final int b;
    private final int c;
    private final int h;
    private final int w;
    private final int kH;
    private final int kW;
    private final int sH;
    private final int sW;
    private final int pH;
    private final int pW;
    private final int dH;
    private final int dW;
    private final int oH;
    private final int oW;
    private final int patch;
    private final int groups;
    private final boolean doubles;
    private final float[] imageF;
    private final float[] columnsF;
    private final double[] imageD;
    private final double[] columnsD;

    /**
     * @param image   shape [B, C, H, W]
     * @param columns shape [B, C, kH, kW, oH, oW] as ND4J's im2col gives it
     * @param iArgs   im2col's integer arguments: kH, kW, sH, sW, pH, pW, dH, dW (and 'same', which only sized
     *                {@code columns})
     * @param patch   the rows of a patch, P: the product's columns are [P, (B*C*kH*kW/P) * oH*oW]
     */
    PatchColumns(long[] image, long[] columns, long[] iArgs, long patch, DataType type) {
        this.b = Math.toIntExact(image[0]);
        this.c = Math.toIntExact(image[1]);
        this.h = Math.toIntExact(image[2]);
        this.w = Math.toIntExact(image[3]);
        this.kH = (int) iArgs[0];
        this.kW = (int) iArgs[1];
        this.sH = (int) iArgs[2];
        this.sW = (int) iArgs[3];
        this.pH = (int) iArgs[4];
        this.pW = (int) iArgs[5];
        this.dH = (int) iArgs[6];
        this.dW = (int) iArgs[7];
        this.oH = Math.toIntExact(columns[4]);
        this.oW = Math.toIntExact(columns[5]);
        this.patch = Math.toIntExact(patch);
        long rows = (long) b * c * kH * kW;
        if (rows % patch != 0 || columns[0] != b || columns[1] != c || columns[2] != kH || columns[3] != kW) {
            throw new IllegalArgumentException("columns " + Arrays.toString(columns) + " do not match image "
                    + Arrays.toString(image) + " and kernel " + kH + "x" + kW + " in patches of " + patch);
        }
        this.groups = Math.toIntExact(rows / patch);
        this.doubles = type == DataType.DOUBLE;
        int imageLength = Math.multiplyExact(Math.multiplyExact(b, c), h * w);
        int columnsLength = Math.toIntExact(rows * oH * oW);
        this.imageF = doubles ? null : new float[imageLength];
        this.columnsF = doubles ? null : new float[columnsLength];
        this.imageD = doubles ? new double[imageLength] : null;
        this.columnsD = doubles ? new double[columnsLength] : null;
    }

    /** Whether an array can be read or written here: floats or doubles in C order without gaps. */
    static boolean fits(INDArray a, DataType type) {
        if (a.dataType() != type || (type != DataType.FLOAT && type != DataType.DOUBLE) || a.isEmpty()) {
            return false;
        }
        long expected = 1;
        for (int i = a.rank() - 1; i >= 0; i--) {
            if (a.size(i) != 1 && a.stride(i) != expected) {
                return false;
            }
            expected *= a.size(i);
        }
        return a.offset() + a.length() <= a.data().length();
    }

    /** Fills {@code columns} ([P, M*oH*oW], C order) with the patches of {@code image} ([B, C, H, W]). */
    void im2col(INDArray image, INDArray columns) {
        int from = Math.toIntExact(image.offset());
        int to = Math.toIntExact(columns.offset());
        if (doubles) {
            image.data().asNioDouble().get(from, imageD);
            im2colDoubles();
            columns.data().asNioDouble().put(to, columnsD);
        } else {
            image.data().asNioFloat().get(from, imageF);
            im2colFloats();
            columns.data().asNioFloat().put(to, columnsF);
        }
    }

    /** Writes into {@code image} ([B, C, H, W]) the sum, per pixel, of its entries in {@code columns}. */
    void col2im(INDArray columns, INDArray image) {
        int from = Math.toIntExact(columns.offset());
        int to = Math.toIntExact(image.offset());
        if (doubles) {
            columns.data().asNioDouble().get(from, columnsD);
            Arrays.fill(imageD, 0.0);
            col2imDoubles();
            image.data().asNioDouble().put(to, imageD);
        } else {
            columns.data().asNioFloat().get(from, columnsF);
            Arrays.fill(imageF, 0.0f);
            col2imFloats();
            image.data().asNioFloat().put(to, imageF);
        }
    }

    /** Where row {@code g} of im2col's [B*C*kH*kW, oH*oW] view starts in the product's layout. */
    private int rowStart(int g) {
        int pixels = oH * oW;
        return (g % patch) * (groups * pixels) + (g / patch) * pixels;
    }

    /** The first output column whose input column lies inside the image, for kernel column kj. */
    private int firstInside(int kj) {
        int start = pW - kj * dW;
        return start <= 0 ? 0 : Math.min(oW, (start + sW - 1) / sW);
    }

    /** One past the last output column whose input column lies inside the image. */
    private int endInside(int kj) {
        int last = w - 1 + pW - kj * dW;
        return last < 0 ? 0 : Math.min(oW, last / sW + 1);
    }

    private void im2colFloats() {
        float[] in = imageF;
        float[] out = columnsF;
        int g = 0;
        for (int plane = 0; plane < b * c; plane++) {
            int planeStart = plane * h * w;
            for (int ki = 0; ki < kH; ki++) {
                for (int kj = 0; kj < kW; kj++, g++) {
                    int row = rowStart(g);
                    int x0 = firstInside(kj);
                    int x1 = Math.max(x0, endInside(kj));
                    for (int oy = 0; oy < oH; oy++) {
                        int dst = row + oy * oW;
                        int iy = oy * sH - pH + ki * dH;
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(out, dst, dst + oW, 0f);
                            continue;
                        }
                        Arrays.fill(out, dst, dst + x0, 0f);
                        int src = planeStart + iy * w - pW + kj * dW;
                        if (sW == 1) {
                            System.arraycopy(in, src + x0, out, dst + x0, x1 - x0);
                        } else {
                            for (int ox = x0; ox < x1; ox++) {
                                out[dst + ox] = in[src + ox * sW];
                            }
                        }
                        Arrays.fill(out, dst + x1, dst + oW, 0f);
                    }
                }
            }
        }
    }

    private void im2colDoubles() {
        double[] in = imageD;
        double[] out = columnsD;
        int g = 0;
        for (int plane = 0; plane < b * c; plane++) {
            int planeStart = plane * h * w;
            for (int ki = 0; ki < kH; ki++) {
                for (int kj = 0; kj < kW; kj++, g++) {
                    int row = rowStart(g);
                    int x0 = firstInside(kj);
                    int x1 = Math.max(x0, endInside(kj));
                    for (int oy = 0; oy < oH; oy++) {
                        int dst = row + oy * oW;
                        int iy = oy * sH - pH + ki * dH;
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(out, dst, dst + oW, 0.0);
                            continue;
                        }
                        Arrays.fill(out, dst, dst + x0, 0.0);
                        int src = planeStart + iy * w - pW + kj * dW;
                        for (int ox = x0; ox < x1; ox++) {
                            out[dst + ox] = in[src + ox * sW];
                        }
                        Arrays.fill(out, dst + x1, dst + oW, 0.0);
                    }
                }
            }
        }
    }

    private void col2imFloats() {
        float[] in = columnsF;
        float[] out = imageF;
        for (int plane = 0; plane < b * c; plane++) {
            int planeStart = plane * h * w;
            for (int ki = kH - 1; ki >= 0; ki--) {
                for (int kj = kW - 1; kj >= 0; kj--) {
                    int row = rowStart((plane * kH + ki) * kW + kj);
                    int x0 = firstInside(kj);
                    int x1 = endInside(kj);
                    for (int oy = 0; oy < oH; oy++) {
                        int iy = oy * sH - pH + ki * dH;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = row + oy * oW;
                        int dst = planeStart + iy * w - pW + kj * dW;
                        if (sW == 1) { // a loop the JIT vectorises
                            for (int ox = x0; ox < x1; ox++) {
                                out[dst + ox] += in[src + ox];
                            }
                        } else {
                            for (int ox = x0; ox < x1; ox++) {
                                out[dst + ox * sW] += in[src + ox];
                            }
                        }
                    }
                }
            }
        }
    }

    private void col2imDoubles() {
        double[] in = columnsD;
        double[] out = imageD;
        for (int plane = 0; plane < b * c; plane++) {
            int planeStart = plane * h * w;
            for (int ki = kH - 1; ki >= 0; ki--) {
                for (int kj = kW - 1; kj >= 0; kj--) {
                    int row = rowStart((plane * kH + ki) * kW + kj);
                    int x0 = firstInside(kj);
                    int x1 = endInside(kj);
                    for (int oy = 0; oy < oH; oy++) {
                        int iy = oy * sH - pH + ki * dH;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = row + oy * oW;
                        int dst = planeStart + iy * w - pW + kj * dW;
                        for (int ox = x0; ox < x1; ox++) {
                            out[dst + ox * sW] += in[src + ox];
                        }
                    }
                }
            }
        }
    }
}
