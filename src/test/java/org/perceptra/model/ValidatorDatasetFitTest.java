package org.perceptra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.Graphs.graph;
import static org.perceptra.model.Graphs.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorDatasetFitTest {

    private static List<Diagnostic> against(Graphs g, DataSignature data) {
        return Validator.analyze(g.build(), Optional.of(data)).diagnostics();
    }

    /** Input [2] -> Dense -> Output with the given head. */
    private static Graphs net(int units, String activation, String loss) {
        return graph().input("input_1", 2).dense("dense_1", 8).output("output_1", units, activation, loss)
                .chain("input_1", "dense_1", "output_1");
    }

    @Test
    void matchingThreeClassDataHasNoDiagnostics() {
        assertThat(against(net(3, "softmax", "categorical_crossentropy"), DataSignature.classes(Shape.of(2), 3))).isEmpty();
    }

    @Test
    void inputShapeDifferentFromSamplesNamesBothShapes() {
        List<Diagnostic> d = against(net(3, "softmax", "categorical_crossentropy"), DataSignature.classes(Shape.of(4), 3));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("input-mismatch");
            assertThat(x.node()).isEqualTo(id("input_1"));
            assertThat(x.message()).isEqualTo("The data gives samples of shape [4], but Input expects [2].");
            assertThat(x.fix()).isEqualTo("Set Input shape to [4].");
        });
    }

    @Test
    void twoUnitsForThreeClassesIsAnOutputMismatch() {
        List<Diagnostic> d = against(net(2, "softmax", "categorical_crossentropy"), DataSignature.classes(Shape.of(2), 3));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("output-mismatch");
            assertThat(x.message()).contains("3 classes").contains("2 units");
            assertThat(x.fix()).contains("to 3");
        });
    }

    @Test
    void oneSigmoidUnitWithBinaryCrossEntropyFitsTwoClasses() {
        assertThat(against(net(1, "sigmoid", "binary_crossentropy"), DataSignature.classes(Shape.of(2), 2))).isEmpty();
    }

    @Test
    void twoSoftmaxUnitsFitTwoClasses() {
        assertThat(against(net(2, "softmax", "categorical_crossentropy"), DataSignature.classes(Shape.of(2), 2))).isEmpty();
    }

    @Test
    void oneUnitForThreeClassesIsAnOutputMismatch() {
        assertThat(against(net(1, "sigmoid", "binary_crossentropy"), DataSignature.classes(Shape.of(2), 3)))
                .extracting(Diagnostic::code).containsExactly("output-mismatch");
    }

    @Test
    void regressionNeedsOneUnitPerValue() {
        List<Diagnostic> d = against(net(1, "linear", "mse"), DataSignature.values(Shape.of(2), 3));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("output-mismatch");
            assertThat(x.message()).contains("3 values").contains("predicts 1");
        });
    }

    @Test
    void matchingRegressionHasNoDiagnostics() {
        assertThat(against(net(3, "linear", "huber"), DataSignature.values(Shape.of(2), 3))).isEmpty();
    }

    @Test
    void meanSquaredErrorOnClassDataIsATaskMismatch() {
        List<Diagnostic> d = against(net(3, "linear", "mse"), DataSignature.classes(Shape.of(2), 3));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("task-mismatch");
            assertThat(x.message()).contains("mean squared error");
            assertThat(x.fix()).contains("categorical cross-entropy");
        });
    }

    @Test
    void crossEntropyOnRegressionDataIsATaskMismatch() {
        List<Diagnostic> d = against(net(1, "sigmoid", "binary_crossentropy"), DataSignature.values(Shape.of(2), 1));

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("task-mismatch");
            assertThat(x.fix()).contains("linear");
        });
    }

    @Test
    void withoutDataNoDatasetChecksRun() {
        assertThat(Validator.analyze(net(7, "softmax", "categorical_crossentropy").build()).diagnostics()).isEmpty();
    }
}
