package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.INPUT;
import static org.perceptra.edit.Sample.OUTPUT;
import static org.perceptra.edit.Sample.SPARE;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.model.Position;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;

/** Each kind of edit, executed, undone and redone through a document, lands on exactly the expected project. */
class EveryEditUndoesExactlyTest {
    static Stream<Arguments> edits() {
        Project start = Sample.chain();
        return Stream.of(
                new AddNode(Sample.dense("dense_2")),
                RemoveNodes.of(DENSE),
                new Connect(DENSE, SPARE),
                new Disconnect(INPUT, DENSE),
                new MoveNodes(Map.of(DENSE, new Position(10, 20), OUTPUT, new Position(30, 40))),
                new SetParam(DENSE, "units", "64"),
                new SetParams(DENSE, Map.of("units", 8, "activation", "tanh")),
                new RenameNode(DENSE, "hidden"),
                new SetFrozen(java.util.List.of(DENSE, OUTPUT), true),
                CompositeEdit.of("Rename and resize", new RenameNode(DENSE, "hidden"), new SetParam(DENSE, "units", 3)),
                new SetDataset(DatasetSpec.of(new DataSource.Generated(Generator.SPIRAL, 200, 0.1, 1))),
                new SetTraining(TrainingSettings.defaults().withLearningRate(0.01)),
                new SetProjectInfo("Spirals", "Two spirals"),
                AddConnected.newLayer(start.graph(), StandardLayers.DENSE, DENSE, 0, 100),
                PasteNodes.copyOf(start.graph(), Set.of(DENSE, OUTPUT), 40, 40))
                .map(e -> Arguments.of(e.getClass().getSimpleName(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void executeUndoAndRedoGiveExactlyTheExpectedProjects(String name, Edit edit) {
        Project start = Sample.chain();
        Project expected = edit.apply(start);
        Document doc = new Document(start);

        assertThat(doc.execute(edit)).isTrue();
        assertThat(doc.project()).isEqualTo(expected).isNotEqualTo(start);
        assertThat(doc.undo()).isTrue();
        assertThat(doc.project()).isEqualTo(start);
        assertThat(doc.project().graph().connections()).containsExactlyElementsOf(start.graph().connections());
        assertThat(doc.redo()).isTrue();
        assertThat(doc.project()).isEqualTo(expected);
    }
}
