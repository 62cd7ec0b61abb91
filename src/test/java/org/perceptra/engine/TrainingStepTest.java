package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;

/**
 * The optimisers, weight decay and clipping, each checked against the same rule written out in Java on
 * gradients SameDiff computes for the same batch (64-bit, a linear regression so every step is exact).
 */
class TrainingStepTest {
    private static final NetworkGraph LINEAR = TestNet.input(3).output(2, "linear", "mse").graph();

    private CompiledNetwork net;
    private INDArray x;
    private INDArray y;

    private void compile(TrainingSettings settings) {
        net = GraphCompiler.compile(LINEAR, settings.withSeed(5), Precision.FLOAT64);
        x = GradientCheck.inputs(net, 4, 0);
        y = GradientCheck.labels(net, LINEAR, 4);
    }

    private static TrainingSettings settings(Optimizer o, double lr) {
        return TrainingSettings.defaults().withOptimizer(o).withLearningRate(lr);
    }

    private static TrainingSettings with(TrainingSettings s, double clipNorm, double clipValue, double decay) {
        return new TrainingSettings(s.optimizer(), s.learningRate(), s.momentum(), s.batchSize(), s.epochs(), s.seed(),
                s.schedule(), clipNorm, clipValue, decay, s.earlyStopping());
    }

    /** Runs {@code steps} steps, each time predicting the parameters with {@code rule} first. */
    private void expectSteps(int steps, Rule rule) {
        Map<String, double[]> state = new LinkedHashMap<>();
        for (int t = 0; t < steps; t++) {
            Map<String, INDArray> g = net.gradients(x, y);
            Map<String, INDArray> expected = new LinkedHashMap<>();
            for (String name : net.trainableParameters()) {
                INDArray p = net.array(name).dup();
                double[] s = state.computeIfAbsent(name, k -> new double[3 * (int) p.length()]);
                expected.put(name, rule.next(p, g.get(name).dup(), s, t + 1));
            }
            net.fitBatch(x, y);
            for (String name : net.trainableParameters()) {
                assertThat(net.array(name).sub(expected.get(name)).amaxNumber().doubleValue())
                        .as("step %d, %s", t, name).isLessThan(1e-12);
            }
        }
    }

    /** The parameters after one step; {@code state} holds the optimiser's moments, t counts from 1. */
    @FunctionalInterface
    private interface Rule {
        INDArray next(INDArray p, INDArray g, double[] state, int t);
    }

    @Test
    void momentumIsPyTorchsHeavyBall() {
        compile(settings(Optimizer.MOMENTUM, 0.1));
        expectSteps(3, (p, g, s, t) -> {
            INDArray v = Nd4j.createFromArray(java.util.Arrays.copyOf(s, (int) p.length())).reshape(p.shape())
                    .castTo(p.dataType()).muli(0.9).addi(g);
            System.arraycopy(v.dup().data().asDouble(), 0, s, 0, (int) p.length());
            return p.sub(v.mul(0.1));
        });
    }

    @Test
    void adamMatchesTheTextbookRuleWithBiasCorrection() {
        compile(settings(Optimizer.ADAM, 0.01));
        expectSteps(3, adam(0.01, 0.0));
    }

    @Test
    void adamwShrinksWeightsOutsideTheAdamStep() {
        compile(with(settings(Optimizer.ADAMW, 0.01), 0, 0, 0.1));
        expectSteps(3, adam(0.01, 0.1));
    }

    /** m, v with bias correction in Keras's form (epsilon outside the corrected root), 1e-8. */
    private static Rule adam(double lr, double decay) {
        return (p, g, s, t) -> {
            int n = (int) p.length();
            double[] w = p.dup().data().asDouble();
            double[] grad = g.dup().data().asDouble();
            double alpha = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < n; i++) {
                w[i] *= 1 - lr * decay;
                s[i] = 0.9 * s[i] + 0.1 * grad[i];
                s[n + i] = 0.999 * s[n + i] + 0.001 * grad[i] * grad[i];
                w[i] -= alpha * s[i] / (Math.sqrt(s[n + i]) + 1e-8);
            }
            return Nd4j.createFromArray(w).reshape(p.shape());
        };
    }

    @Test
    void sgdWeightDecayJoinsTheGradient() {
        compile(with(settings(Optimizer.SGD, 0.1), 0, 0, 0.05));
        expectSteps(2, (p, g, s, t) -> p.sub(g.add(p.mul(0.05)).mul(0.1)));
    }

    @Test
    void clippingByNormScalesAllGradientsTogether() {
        compile(with(settings(Optimizer.SGD, 1.0), 0.01, 0, 0));
        Map<String, INDArray> before = snapshot();
        Map<String, INDArray> g = net.gradients(x, y);
        double norm = Math.sqrt(g.values().stream().mapToDouble(a -> Math.pow(a.norm2Number().doubleValue(), 2)).sum());
        assertThat(norm).isGreaterThan(0.01);
        net.fitBatch(x, y);
        for (String name : before.keySet()) {
            INDArray expected = before.get(name).sub(g.get(name).mul(0.01 / norm));
            assertThat(expected.sub(net.array(name)).amaxNumber().doubleValue()).as(name).isLessThan(1e-12);
        }
    }

    @Test
    void clippingByValueLimitsEachEntry() {
        compile(with(settings(Optimizer.SGD, 1.0), 0, 0.05, 0));
        Map<String, INDArray> before = snapshot();
        Map<String, INDArray> g = net.gradients(x, y);
        net.fitBatch(x, y);
        for (String name : before.keySet()) {
            INDArray clipped = Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.impl.transforms.clip.ClipByValue(
                    g.get(name), -0.05, 0.05))[0];
            assertThat(before.get(name).sub(clipped).sub(net.array(name)).amaxNumber().doubleValue()).isLessThan(1e-12);
        }
    }

    private Map<String, INDArray> snapshot() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        net.trainableParameters().forEach(n -> out.put(n, net.array(n).dup()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void everyOptimiserLowersTheLoss(Optimizer optimizer) {
        compile(with(settings(optimizer, optimizer == Optimizer.SGD || optimizer == Optimizer.ADAGRAD ? 0.1 : 0.02),
                0, 0, optimizer == Optimizer.ADAMW ? 0.01 : 0));
        y = x.mmul(Nd4j.createFromArray(new double[][] {{1, -2}, {0.5, 1}, {-1, 0.3}})).addi(0.2);
        double first = net.fitBatch(x, y);
        double last = first;
        for (int i = 0; i < 100; i++) {
            last = net.fitBatch(x, y);
        }
        assertThat(last).as(optimizer.id()).isLessThan(first * 0.3);
    }

    @Test
    void learningRateCanChangeBetweenSteps() {
        compile(settings(Optimizer.SGD, 0.1));
        net.setLearningRate(0.02);
        assertThat(net.learningRate()).isEqualTo(0.02);
        expectSteps(1, (p, g, s, t) -> p.sub(g.mul(0.02)));
    }

    @Test
    void aNonFiniteLossLeavesTheWeightsAlone() {
        compile(settings(Optimizer.SGD, 0.1));
        Map<String, INDArray> before = snapshot();
        x.putScalar(0, Double.NaN);
        assertThat(net.fitBatch(x, y)).isNaN();
        before.forEach((name, p) -> assertThat(net.array(name).equalsWithEps(p, 0)).isTrue());
        assertThat(net.iteration()).isZero();
    }

    @Test
    void fitBatchReportsTheLossBeforeTheStep() {
        compile(settings(Optimizer.SGD, 0.1));
        net.setMode(Mode.TRAINING);
        double expected = net.loss(x, y);
        assertThat(net.fitBatch(x, y)).isCloseTo(expected, within(1e-12));
        assertThat(net.iteration()).isEqualTo(1);
    }
}
