package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.INPUT;
import static org.perceptra.edit.Sample.OUTPUT;
import static org.perceptra.edit.Sample.SPARE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.model.Position;

/** Labels read as the Edit menu shows them after "Undo ". */
class LabelsTest {
    static Stream<Arguments> labels() {
        Position p = Position.ORIGIN;
        return Stream.of(
                Arguments.of(new SetParam(DENSE, "units", 64), "Set units of dense_1 to 64"),
                Arguments.of(new SetParam(DENSE, "useBias", " false "), "Set use bias of dense_1 to false"),
                Arguments.of(new SetParam(INPUT, "shape", List.of(1, 28, 28)), "Set shape of input to [1, 28, 28]"),
                Arguments.of(new SetParams(DENSE, Map.of("units", 4)), "Set units of dense_1 to 4"),
                Arguments.of(new AddNode(Sample.dense("dense_3")), "Add Dense dense_3"),
                Arguments.of(RemoveNodes.of(DENSE, OUTPUT, SPARE), "Delete 3 layers"),
                Arguments.of(RemoveNodes.of(DENSE), "Delete dense_1"),
                Arguments.of(new Connect(INPUT, DENSE), "Connect input to dense_1"),
                Arguments.of(new Disconnect(INPUT, DENSE), "Disconnect input from dense_1"),
                Arguments.of(new MoveNodes(Map.of(DENSE, p, SPARE, p)), "Move 2 layers"),
                Arguments.of(MoveNodes.one(DENSE, p), "Move dense_1"),
                Arguments.of(new RenameNode(DENSE, "hidden"), "Rename dense_1 to hidden"),
                Arguments.of(new AddConnected(DENSE, Sample.dense("dense_2")), "Add Dense dense_2 after dense_1"),
                Arguments.of(PasteNodes.copyOf(Sample.chain().graph(), Set.of(DENSE, SPARE), 0, 0), "Paste 2 layers"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("labels")
    void labelSaysWhatTheEditDoes(Edit edit, String label) {
        assertThat(edit.label()).isEqualTo(label);
    }
}
