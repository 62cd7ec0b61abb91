package org.perceptra.export;

import java.util.Map;

/**
 * The helper methods a generated class carries when its layers call them ({@link JavaLayers}), each written as
 * the engine's compiler of that kind computes it at inference, op for op. Only the helpers a network needs go
 * into its class.
 */
final class JavaHelpers {
    /** Helpers that other helpers call, so come along with them. */
    static final Map<String, String> NEEDS = Map.of(
            "simpleRnn", "steps", "lstm", "steps", "gru", "steps", "selfAttention", "heads");

    static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("gelu", """
                        /** GELU, exact (erf-based): x * (1 + erf(x / sqrt 2)) / 2. */
                        private static INDArray gelu(INDArray z) {
                            return z.mul(Nd4j.math.erf(z.mul(Math.sqrt(0.5))).add(1.0)).mul(0.5);
                        }
                    """),
            Map.entry("swish", """
                        /** Swish: x * sigmoid(x). */
                        private static INDArray swish(INDArray z) {
                            return z.mul(Transforms.sigmoid(z));
                        }
                    """),
            Map.entry("batchNorm", """
                        /** BatchNorm at inference: the running mean and variance, broadcast in {@code shape}. */
                        private static INDArray batchNorm(INDArray x, INDArray mean, INDArray var, INDArray gamma,
                                                          INDArray beta, double epsilon, long[] shape) {
                            INDArray normalised = x.sub(mean.reshape(shape)).div(Nd4j.math.sqrt(var.reshape(shape).add(epsilon)));
                            return normalised.mul(gamma.reshape(shape)).add(beta.reshape(shape));
                        }
                    """),
            Map.entry("layerNorm", """
                        /** LayerNorm: each sample normalised over its last axis, then scaled and shifted. */
                        private static INDArray layerNorm(INDArray x, INDArray gamma, INDArray beta, double epsilon) {
                            int axis = x.rank() - 1;
                            INDArray centred = x.sub(x.mean(true, axis));
                            INDArray var = centred.mul(centred).mean(true, axis);
                            return centred.div(Nd4j.math.sqrt(var.add(epsilon))).mul(gamma).add(beta);
                        }
                    """),
            Map.entry("embedding", """
                        /** Token ids pick rows of the table (an id outside it gives zeros): one-hot rows times the table. */
                        private static INDArray embedding(INDArray x, INDArray table) {
                            INDArray ids = x.castTo(DataType.INT32).reshape(-1);
                            INDArray rows = BASE.oneHot(ids, (int) table.size(0), -1, 1.0, 0.0, table.dataType()).mmul(table);
                            return rows.reshape('c', x.size(0), x.size(1), table.size(1));
                        }
                    """),
            Map.entry("steps", """
                        /** x[t] W + b for every time step at once (W is [features, gates * units]), step by step. */
                        private static INDArray[] steps(INDArray x, INDArray w, INDArray b) {
                            long steps = x.size(1);
                            INDArray xw = x.reshape('c', -1, x.size(2)).mmul(w);
                            if (b != null) {
                                xw = xw.add(b);
                            }
                            xw = xw.reshape('c', -1, steps, w.size(1));
                            INDArray[] out = new INDArray[(int) steps];
                            for (int t = 0; t < steps; t++) {
                                out[t] = xw.get(NDArrayIndex.all(), NDArrayIndex.point(t), NDArrayIndex.all());
                            }
                            return out;
                        }

                        /** Gate {@code g} of a [batch, gates * units] pre-activation. */
                        private static INDArray gate(INDArray z, int gates, int units, int g) {
                            return z.reshape('c', -1, gates, units).get(NDArrayIndex.all(), NDArrayIndex.point(g), NDArrayIndex.all());
                        }

                        private static INDArray sequenceOrLast(List<INDArray> outputs, boolean returnSequences) {
                            return returnSequences ? Nd4j.stack(1, outputs.toArray(new INDArray[0])) : outputs.get(outputs.size() - 1);
                        }
                    """),
            Map.entry("simpleRnn", """
                        /** SimpleRNN: h = activation(x[t] W + b + h U), unrolled over the time steps. */
                        private static INDArray simpleRnn(INDArray x, INDArray w, INDArray u, INDArray b, int units,
                                                          boolean returnSequences, UnaryOperator<INDArray> activation) {
                            List<INDArray> outputs = new ArrayList<>();
                            INDArray h = null;
                            for (INDArray step : steps(x, w, b)) {
                                h = activation.apply(h == null ? step : step.add(h.mmul(u)));
                                outputs.add(h);
                            }
                            return sequenceOrLast(outputs, returnSequences);
                        }
                    """),
            Map.entry("lstm", """
                        /** LSTM with Keras's gate order (input, forget, cell, output), unrolled over the time steps. */
                        private static INDArray lstm(INDArray x, INDArray w, INDArray u, INDArray b, int units,
                                                     boolean returnSequences) {
                            List<INDArray> outputs = new ArrayList<>();
                            INDArray h = null;
                            INDArray c = null;
                            for (INDArray step : steps(x, w, b)) {
                                INDArray z = h == null ? step : step.add(h.mmul(u));
                                INDArray next = Transforms.sigmoid(gate(z, 4, units, 0)).mul(Transforms.tanh(gate(z, 4, units, 2)));
                                if (c != null) {
                                    next = next.add(Transforms.sigmoid(gate(z, 4, units, 1)).mul(c));
                                }
                                c = next;
                                h = Transforms.sigmoid(gate(z, 4, units, 3)).mul(Transforms.tanh(c));
                                outputs.add(h);
                            }
                            return sequenceOrLast(outputs, returnSequences);
                        }
                    """),
            Map.entry("gru", """
                        /**
                         * GRU with Keras's gate order (update, reset, candidate) and reset_after: the reset gate scales
                         * h U + b_h; b holds the input bias row and the recurrent bias row.
                         */
                        private static INDArray gru(INDArray x, INDArray w, INDArray u, INDArray b, int units,
                                                    boolean returnSequences) {
                            INDArray recurrentBias = b == null ? null : b.getRow(1).reshape(1, 3L * units);
                            List<INDArray> outputs = new ArrayList<>();
                            INDArray h = null;
                            for (INDArray step : steps(x, w, b == null ? null : b.getRow(0))) {
                                INDArray hu = h == null ? recurrentBias : recurrentBias == null ? h.mmul(u) : h.mmul(u).add(recurrentBias);
                                INDArray update = Transforms.sigmoid(hu == null ? gate(step, 3, units, 0) : gate(step, 3, units, 0).add(gate(hu, 3, units, 0)));
                                INDArray reset = Transforms.sigmoid(hu == null ? gate(step, 3, units, 1) : gate(step, 3, units, 1).add(gate(hu, 3, units, 1)));
                                INDArray candidate = Transforms.tanh(hu == null ? gate(step, 3, units, 2)
                                        : gate(step, 3, units, 2).add(reset.mul(gate(hu, 3, units, 2))));
                                INDArray next = update.rsub(1.0).mul(candidate);
                                h = h == null ? next : next.add(update.mul(h));
                                outputs.add(h);
                            }
                            return sequenceOrLast(outputs, returnSequences);
                        }
                    """),
            Map.entry("sinusoids", """
                        /** The fixed positional encoding: sin and cos of position / 10000^(2i / d). */
                        private static INDArray sinusoids(int steps, int d) {
                            double[] table = new double[steps * d];
                            for (int t = 0; t < steps; t++) {
                                for (int i = 0; i < d; i++) {
                                    double angle = t / Math.pow(10_000, (double) (i - i % 2) / d);
                                    table[t * d + i] = i % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
                                }
                            }
                            return Nd4j.create(table, new long[] {steps, d}, DataType.DOUBLE).castTo(DataType.FLOAT);
                        }
                    """),
            Map.entry("heads", """
                        /** [batch * T, heads * k] to [batch, heads, T, k]. */
                        private static INDArray heads(INDArray x, long steps, int heads, int k) {
                            return x.reshape('c', -1, steps, heads, k).permute(0, 2, 1, 3);
                        }
                    """),
            Map.entry("selfAttention", """
                        /** Multi-head self-attention (Keras's MultiHeadAttention, key size k, biases on). */
                        private static INDArray selfAttention(INDArray x, int heads, int k, INDArray wq, INDArray bq,
                                                              INDArray wk, INDArray bk, INDArray wv, INDArray bv,
                                                              INDArray wo, INDArray bo) {
                            long steps = x.size(1);
                            long d = x.size(2);
                            INDArray flat = x.reshape('c', -1, d);
                            INDArray q = heads(flat.mmul(wq).add(bq), steps, heads, k);
                            INDArray key = heads(flat.mmul(wk).add(bk), steps, heads, k);
                            INDArray v = heads(flat.mmul(wv).add(bv), steps, heads, k);
                            INDArray scores = BASE.mmul(q, key, false, true, false).div(Math.sqrt(k));
                            INDArray mixed = BASE.mmul(Nd4j.nn.softmax(scores, 3), v).permute(0, 2, 1, 3)
                                    .reshape('c', -1, (long) heads * k);
                            return mixed.mmul(wo).add(bo).reshape('c', -1, steps, d);
                        }
                    """));

    private JavaHelpers() {
    }
}
