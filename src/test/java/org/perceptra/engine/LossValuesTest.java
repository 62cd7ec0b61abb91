package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.NetworkGraph;

/** Each loss's value equals its textbook (Keras) formula computed here from the network's own predictions. */
class LossValuesTest {
    @ParameterizedTest
    @CsvSource({"linear, mse", "linear, mae", "linear, huber", "sigmoid, binary_crossentropy",
            "softmax, binary_crossentropy", "softmax, categorical_crossentropy", "softmax, focal", "sigmoid, focal"})
    void lossEqualsItsFormula(String activation, String loss) {
        NetworkGraph graph = TestNet.input(3).output(4, activation, loss).graph();
        CompiledNetwork net = GradientCheck.compile(graph);
        INDArray x = GradientCheck.inputs(net, 5, 0).muli(3); // large enough for Huber's linear part
        INDArray y = GradientCheck.labels(net, graph, 5);
        double[] p = net.predict(x).dup().data().asDouble();
        double[] t = y.dup().data().asDouble();
        assertThat(net.loss(x, y)).isCloseTo(expected(loss, activation, p, t, 4), within(1e-9));
    }

    private static double expected(String loss, String activation, double[] p, double[] t, int classes) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - t[i];
            sum += switch (loss) {
                case "mse" -> d * d;
                case "mae" -> Math.abs(d);
                case "huber" -> Math.abs(d) <= 1 ? 0.5 * d * d : Math.abs(d) - 0.5;
                case "binary_crossentropy" -> -(t[i] * Math.log(p[i]) + (1 - t[i]) * Math.log(1 - p[i]));
                case "categorical_crossentropy" -> -t[i] * Math.log(p[i]) * classes;
                default -> activation.equals("softmax")
                        ? -t[i] * Math.pow(1 - p[i], 2) * Math.log(p[i]) * classes
                        : -(t[i] * Math.pow(1 - p[i], 2) * Math.log(p[i])
                        + (1 - t[i]) * Math.pow(p[i], 2) * Math.log(1 - p[i]));
            };
        }
        return sum / p.length; // per value; the class sums above were scaled by classes to give per sample
    }
}
