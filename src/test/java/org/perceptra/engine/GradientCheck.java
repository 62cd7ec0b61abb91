package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * The two checks every compiled kind must pass, in 64-bit precision: SameDiff's gradients equal central finite
 * differences of the loss, and each SGD step changes every parameter by exactly {@code -lr * gradient} (the
 * check that catches ops such as {@code sd.nn.linear} whose applied updates go wrong from the second step).
 * The dropout masks' generator is reseeded before every evaluation, so every evaluation sees the same mask.
 * The steps run through an {@link OpPlan} and the gradients through SameDiff's executor, so the second check also
 * holds the plan to SameDiff's answers, for every kind.
 */
final class GradientCheck {
    static final double LR = 0.05;
    private static final double EPS = 1e-6;
    private static final int MAX_ENTRIES_PER_TENSOR = 24;
    private static final long MASK_SEED = 99;

    private final CompiledNetwork net;
    private final INDArray x;
    private final INDArray y;

    private GradientCheck(CompiledNetwork net, INDArray x, INDArray y) {
        this.net = net;
        this.x = x;
        this.y = y;
    }

    /** Both checks on a batch of random inputs (token ids below {@code vocab} when it is positive). */
    static void verify(NetworkGraph graph, int batch, int vocab) {
        CompiledNetwork net = compile(graph);
        GradientCheck check = new GradientCheck(net, inputs(net, batch, vocab), labels(net, graph, batch));
        check.gradientsMatchFiniteDifferences();
        check.sgdStepsApplyMinusLrTimesGradient(3);
    }

    static void verify(NetworkGraph graph) {
        verify(graph, 3, 0);
    }

    static CompiledNetwork compile(NetworkGraph graph) {
        TrainingSettings sgd = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.SGD)
                .withLearningRate(LR).withSeed(7);
        return GraphCompiler.compile(graph, sgd, Precision.FLOAT64);
    }

    static INDArray inputs(CompiledNetwork net, int batch, int vocab) {
        SplittableRandom rng = new SplittableRandom(11);
        float[] v = new float[(int) (batch * net.inputShape().size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = vocab > 0 ? rng.nextInt(vocab) : (float) rng.nextDouble(-1, 1);
        }
        return net.batchOf(v, net.inputShape(), batch, "inputs");
    }

    /** Labels that suit the Output's loss: one-hot classes, 0/1 values, or real numbers. */
    static INDArray labels(CompiledNetwork net, NetworkGraph graph, int batch) {
        LayerNode out = graph.nodes().stream().filter(n -> n.kind().id().equals("Output")).findFirst().orElseThrow();
        String loss = out.params().getString("loss");
        boolean softmax = out.params().getString("activation").equals("softmax");
        int classes = net.outputShape().last();
        SplittableRandom rng = new SplittableRandom(13);
        float[] v = new float[(int) (batch * net.outputShape().size())];
        for (int row = 0; row < v.length / classes; row++) {
            int hot = rng.nextInt(classes);
            for (int c = 0; c < classes; c++) {
                int i = row * classes + c;
                if (loss.equals("categorical_crossentropy") || (loss.equals("focal") && softmax)) {
                    v[i] = c == hot ? 1 : 0;
                } else if (loss.equals("binary_crossentropy") || loss.equals("focal")) {
                    v[i] = rng.nextBoolean() ? 1 : 0;
                } else {
                    v[i] = (float) rng.nextDouble(-1.5, 1.5);
                }
            }
        }
        return net.batchOf(v, net.outputShape(), batch, "labels");
    }

    void gradientsMatchFiniteDifferences() {
        net.setMode(Mode.TRAINING);
        Map<String, INDArray> analytic = gradients();
        assertThat(analytic).as("gradients").isNotEmpty();
        SplittableRandom pick = new SplittableRandom(3);
        for (String name : net.trainableParameters()) {
            INDArray g = analytic.get(name);
            assertThat(g).as("gradient of " + name).isNotNull();
            INDArray p = net.array(name);
            long n = p.length();
            for (int k = 0; k < Math.min(n, MAX_ENTRIES_PER_TENSOR); k++) {
                long i = n <= MAX_ENTRIES_PER_TENSOR ? k : pick.nextLong(n);
                double numeric = numericGradient(p, i);
                double a = g.getDouble(i);
                double scale = Math.max(Math.abs(a) + Math.abs(numeric), 1e-4);
                assertThat(Math.abs(a - numeric) / scale)
                        .as("%s[%d]: SameDiff %.10g, finite differences %.10g", name, i, a, numeric)
                        .isLessThan(1e-5);
            }
        }
    }

    private double numericGradient(INDArray p, long i) {
        double orig = p.getDouble(i);
        p.putScalar(i, orig + EPS);
        double plus = loss();
        p.putScalar(i, orig - EPS);
        double minus = loss();
        p.putScalar(i, orig);
        return (plus - minus) / (2 * EPS);
    }

    void sgdStepsApplyMinusLrTimesGradient(int steps) {
        for (int s = 0; s < steps; s++) {
            Map<String, INDArray> g = gradients();
            Map<String, INDArray> before = new LinkedHashMap<>();
            net.trainableParameters().forEach(name -> before.put(name, net.array(name).dup()));
            net.reseedDropout(MASK_SEED);
            double loss = net.fitBatch(x, y);
            assertThat(loss).as("loss at step " + s).isFinite();
            assertThat(net.planned()).as("the step ran through an OpPlan, not SameDiff's executor").isTrue();
            for (String name : net.trainableParameters()) {
                INDArray expected = before.get(name).sub(g.get(name).mul(LR));
                double diff = expected.sub(net.array(name)).amaxNumber().doubleValue();
                double change = g.get(name).mul(LR).amaxNumber().doubleValue();
                assertThat(diff).as("step %d: %s moved by other than -lr * gradient (largest step %.3g)", s, name, change)
                        .isLessThanOrEqualTo(1e-12 + 1e-9 * change);
            }
        }
    }

    private Map<String, INDArray> gradients() {
        net.reseedDropout(MASK_SEED);
        Map<String, INDArray> out = new LinkedHashMap<>();
        net.gradients(x, y).forEach((k, v) -> out.put(k, v.dup()));
        return out;
    }

    private double loss() {
        net.reseedDropout(MASK_SEED);
        return net.loss(x, y);
    }

    static INDArray doubles(double... v) {
        return Nd4j.createFromArray(v).castTo(DataType.DOUBLE);
    }
}
