package org.perceptra.engine;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Pow;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * ND4J's Adam, its {@code adam_updater} op's arithmetic in the same order and precision (so the same numbers,
 * bit for bit), fused with the parameter update into one pass over the vector. ND4J's op takes about 6 ns per
 * parameter on this machine (one scalar loop, plus a second op to subtract the step): over half of an MNIST
 * MLP step. The bias corrections {@code beta^t} come from ND4J's own {@code pow}, as in its op, so that
 * they round alike. The moments live on the Java heap; parameters and gradients are read from and written back
 * to ND4J's memory in bulk. Only for dense arrays of floats or doubles starting at their buffer's beginning
 * ({@link #fits}); anything else keeps ND4J's updater.
 */
final class FusedAdam implements ParamUpdate {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final int length;
    private final boolean doubles;
    private final float[] mF;
    private final float[] uF;
    private final float[] gF;
    private final float[] pF;
    private final double[] mD;
    private final double[] uD;
    private final double[] gD;
    private final double[] pD;
    private final INDArray betas;
    private final INDArray powers;

    FusedAdam(Adam config, INDArray param) {
        if (!fits(param)) {
            throw new IllegalArgumentException("FusedAdam needs a dense float or double array, got " + param);
        }
        this.beta1 = config.getBeta1();
        this.beta2 = config.getBeta2();
        this.epsilon = config.getEpsilon();
        this.length = Math.toIntExact(param.length());
        this.doubles = param.dataType() == DataType.DOUBLE;
        int f = doubles ? 0 : length;
        int d = doubles ? length : 0;
        this.mF = new float[f];
        this.uF = new float[f];
        this.gF = new float[f];
        this.pF = new float[f];
        this.mD = new double[d];
        this.uD = new double[d];
        this.gD = new double[d];
        this.pD = new double[d];
        this.betas = Nd4j.createFromArray(beta1, beta2).castTo(param.dataType());
        this.powers = betas.ulike();
    }

    /** Whether an array can be updated here: floats or doubles, C order, alone in its buffer from its start. */
    static boolean fits(INDArray a) {
        return (a.dataType() == DataType.FLOAT || a.dataType() == DataType.DOUBLE) && !a.isEmpty()
                && a.offset() == 0 && a.data().length() == a.length() && a.length() <= Integer.MAX_VALUE
                && (a.rank() <= 1 || a.ordering() == 'c' && !a.isView());
    }

    @Override
    public void apply(INDArray param, INDArray gradient, double learningRate, int iteration) {
        if (param.length() != length || param.dataType() != (doubles ? DataType.DOUBLE : DataType.FLOAT)
                || !fits(param)) {
            throw new IllegalArgumentException("FusedAdam was made for another array than " + param);
        }
        INDArray g = fits(gradient) && gradient.dataType() == param.dataType() ? gradient
                : gradient.castTo(param.dataType()).dup('c');
        // beta^(t+1) exactly as adam_updater computes it: ND4J's pow in the array's precision.
        Nd4j.getExecutioner().exec(new Pow(betas, powers, iteration + 1.0));
        if (doubles) {
            applyDoubles(param, g, learningRate);
        } else {
            applyFloats(param, g, learningRate);
        }
    }

    /** The moments, copied ({@code m} and {@code v}, as ND4J's Adam names them). */
    @Override
    public Map<String, INDArray> saveState() {
        return doubles ? Map.of("m", Nd4j.createFromArray(mD.clone()), "v", Nd4j.createFromArray(uD.clone()))
                : Map.of("m", Nd4j.createFromArray(mF.clone()), "v", Nd4j.createFromArray(uF.clone()));
    }

    @Override
    public void restoreState(Map<String, INDArray> saved) {
        INDArray m = doubles ? Nd4j.createFromArray(mD) : Nd4j.createFromArray(mF);
        INDArray v = doubles ? Nd4j.createFromArray(uD) : Nd4j.createFromArray(uF);
        ParamUpdate.Slots.restore(saved, Map.of("m", m, "v", v));
        if (doubles) {
            m.data().asNioDouble().get(0, mD);
            v.data().asNioDouble().get(0, uD);
        } else {
            m.data().asNioFloat().get(0, mF);
            v.data().asNioFloat().get(0, uF);
        }
    }

    private void applyFloats(INDArray param, INDArray gradient, double learningRate) {
        FloatBuffer p = param.data().asNioFloat();
        gradient.data().asNioFloat().get(0, gF);
        p.get(0, pF);
        final float b1 = (float) beta1;
        final float b2 = (float) beta2;
        final float eps = (float) epsilon;
        final float lr = (float) learningRate;
        float beta1T = powers.getFloat(0);
        float beta2T = powers.getFloat(1);
        // T epsilonT = lr * sqrt<T>(1. - beta2T) / (1.0 - beta1T): the root in T, the division in double.
        float epsilonT = (float) ((lr * (float) Math.sqrt((float) (1.0 - beta2T))) / (1.0 - beta1T));
        if (Float.isNaN(epsilonT) || epsilonT == 0 || Float.isInfinite(epsilonT)) {
            epsilonT = eps;
        }
        final float oneMinusB1 = 1 - b1;
        final float oneMinusB2 = 1 - b2;
        float[] m = mF;
        float[] u = uF;
        float[] g = gF;
        float[] w = pF;
        for (int i = 0; i < length; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + gi * oneMinusB1;
            float ui = b2 * u[i] + gi * gi * oneMinusB2;
            m[i] = mi;
            u[i] = ui;
            w[i] = w[i] - (mi * epsilonT) / ((float) Math.sqrt(ui) + eps);
        }
        p.put(0, pF);
    }

    private void applyDoubles(INDArray param, INDArray gradient, double learningRate) {
        DoubleBuffer p = param.data().asNioDouble();
        gradient.data().asNioDouble().get(0, gD);
        p.get(0, pD);
        double beta1T = powers.getDouble(0);
        double beta2T = powers.getDouble(1);
        double epsilonT = learningRate * Math.sqrt(1. - beta2T) / (1.0 - beta1T);
        if (Double.isNaN(epsilonT) || epsilonT == 0 || Double.isInfinite(epsilonT)) {
            epsilonT = epsilon;
        }
        final double oneMinusB1 = 1 - beta1;
        final double oneMinusB2 = 1 - beta2;
        double[] m = mD;
        double[] u = uD;
        double[] g = gD;
        double[] w = pD;
        for (int i = 0; i < length; i++) {
            double gi = g[i];
            double mi = beta1 * m[i] + gi * oneMinusB1;
            double ui = beta2 * u[i] + gi * gi * oneMinusB2;
            m[i] = mi;
            u[i] = ui;
            w[i] = w[i] - (mi * epsilonT) / (Math.sqrt(ui) + epsilon);
        }
        p.put(0, pD);
    }
}
