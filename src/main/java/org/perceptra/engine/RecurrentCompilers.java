package org.perceptra.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.Activation;

/**
 * SimpleRNN, LSTM and GRU, unrolled over the (fixed) number of time steps from matrix products and
 * elementwise ops, so every op is one the gradient tests cover; ND4J's fused recurrent ops (lstmLayer,
 * gru) use other weight layouts and their own gradient code. Layouts and gate orders are Keras's: the input
 * kernel W is [features, gates * units], the recurrent kernel U is [units, gates * units]; LSTM gates are
 * i, f, c, o with the forget bias starting at 1; GRU gates are z, r, h with reset_after (an input and a
 * recurrent bias row, b[2, 3 * units]), as PyTorch computes it. Both kernels use the node's weight init
 * (Keras starts U orthogonal).
 */
final class RecurrentCompilers {
    private RecurrentCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("SimpleRNN", b -> new Unrolled(b, 1).run(RecurrentCompilers::simpleStep));
        into.put("LSTM", b -> new Unrolled(b, 4).run(RecurrentCompilers::lstmStep));
        into.put("GRU", b -> new Unrolled(b, 3).run(RecurrentCompilers::gruStep));
    }

    /** One time step: the projected input x[t] W + b and the previous state (null at t = 0) give the next. */
    @FunctionalInterface
    private interface Step {
        State next(Unrolled cell, SDVariable projected, State previous);
    }

    /** The hidden state h, and the LSTM's cell state c (null for the others). */
    private record State(SDVariable h, SDVariable c) {
    }

    /** The shared frame: weights, the input projection for all steps at once, and the loop. */
    private static final class Unrolled {
        final LayerBuild b;
        final SameDiff sd;
        final int gates;
        final int units;
        final int steps;
        final SDVariable recurrent;
        final SDVariable recurrentBias;
        final SDVariable[] projected;

        Unrolled(LayerBuild b, int gates) {
            this.b = b;
            this.sd = b.sd();
            this.gates = gates;
            this.units = b.params().getInt("units");
            this.steps = b.inShape().dim(0);
            long features = b.inShape().dim(1);
            long width = (long) gates * units;
            SDVariable w = b.weight("W", new long[] {features, width}, features, width);
            recurrent = b.weight("U", new long[] {units, width}, units, width);
            SDVariable inputBias = null;
            SDVariable hiddenBias = null;
            if (b.params().getBool("useBias")) {
                if (gates == 3) { // GRU: rows for the input and the recurrent side
                    SDVariable[] rows = sd.unstack(b.bias("b", new long[] {2, width}, 0.0), 0, 2);
                    inputBias = rows[0];
                    hiddenBias = rows[1];
                } else {
                    inputBias = gates == 4 ? lstmBias(width) : b.bias("b", new long[] {width}, 0.0);
                }
            }
            recurrentBias = hiddenBias;
            // One product for all time steps: [batch * steps, features] x [features, width].
            SDVariable xw = b.input().reshape(-1, features).mmul(w);
            if (inputBias != null) {
                xw = xw.add(inputBias);
            }
            projected = sd.unstack(xw.reshape(-1, steps, width), 1, steps);
        }

        private SDVariable lstmBias(long width) {
            double[] init = new double[(int) width];
            java.util.Arrays.fill(init, units, 2 * units, 1.0);
            return b.ctx().trainable(b.id(), "b", new long[] {width}, init);
        }

        SDVariable run(Step step) {
            List<SDVariable> outputs = new ArrayList<>();
            State state = null;
            for (int t = 0; t < steps; t++) {
                state = step.next(this, projected[t], state);
                outputs.add(state.h());
            }
            return b.params().getBool("returnSequences") ? sd.stack(1, outputs.toArray(new SDVariable[0])) : state.h();
        }

        /** [batch, gates * units] split into the gates, each [batch, units]. */
        SDVariable[] split(SDVariable z) {
            return sd.unstack(z.reshape(-1, gates, units), 1, gates);
        }

        /** h U, which is 0 at the first step (there is no previous state). */
        SDVariable recur(SDVariable xw, State previous) {
            return previous == null ? xw : xw.add(previous.h().mmul(recurrent));
        }
    }

    private static State simpleStep(Unrolled cell, SDVariable xw, State previous) {
        Activation a = Activation.of(cell.b.params().getString("activation"));
        double slope = cell.b.params().getDouble("negativeSlope");
        return new State(Activations.apply(cell.sd, cell.recur(xw, previous), a, slope, 1), null);
    }

    private static State lstmStep(Unrolled cell, SDVariable xw, State previous) {
        SDVariable[] z = cell.split(cell.recur(xw, previous));
        SameDiff sd = cell.sd;
        SDVariable input = sd.nn.sigmoid(z[0]);
        SDVariable candidate = sd.nn.tanh(z[2]);
        SDVariable c = input.mul(candidate);
        if (previous != null) {
            c = c.add(sd.nn.sigmoid(z[1]).mul(previous.c()));
        }
        return new State(sd.nn.sigmoid(z[3]).mul(sd.nn.tanh(c)), c);
    }

    /** reset_after: the reset gate scales the recurrent part after its product, h U_h + b_h. */
    private static State gruStep(Unrolled cell, SDVariable xw, State previous) {
        SameDiff sd = cell.sd;
        SDVariable[] x = cell.split(xw);
        SDVariable[] h = null;
        if (previous != null) {
            SDVariable hu = previous.h().mmul(cell.recurrent);
            h = cell.split(cell.recurrentBias == null ? hu : hu.add(cell.recurrentBias));
        } else if (cell.recurrentBias != null) {
            h = sd.unstack(cell.recurrentBias.reshape(cell.gates, cell.units), 0, cell.gates);
        }
        SDVariable update = sd.nn.sigmoid(h == null ? x[0] : x[0].add(h[0]));
        SDVariable reset = sd.nn.sigmoid(h == null ? x[1] : x[1].add(h[1]));
        SDVariable candidate = sd.nn.tanh(h == null ? x[2] : x[2].add(reset.mul(h[2])));
        SDVariable next = update.rsub(1.0).mul(candidate);
        if (previous != null) {
            next = next.add(update.mul(previous.h()));
        }
        return new State(next, null);
    }
}
