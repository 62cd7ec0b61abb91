package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.INPUT;
import static org.perceptra.edit.Sample.OUTPUT;
import static org.perceptra.edit.Sample.SPARE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.data.Augmentation;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;

/** Edits that are not allowed say why in plain words and change nothing. */
class RefusedEditsTest {
    private static final NodeId GHOST = NodeId.of("ghost");

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new SetParam(DENSE, "units", 0), "Units must be from 1 to 1000000, not 0"),
                Arguments.of(new SetParam(DENSE, "units", "abc"), "Units must be a whole number, not \"abc\""),
                Arguments.of(new SetParam(DENSE, "units", 2.5), "Units must be a whole number from 1 to 1000000, not 2.5"),
                Arguments.of(new SetParam(DENSE, "kernelSize", 3), "Dense layers have no setting called kernelSize"),
                Arguments.of(new SetParam(GHOST, "units", 3), "There is no layer ghost in the network"),
                Arguments.of(new SetParams(DENSE, Map.of("units", 8, "activation", "wobbly")),
                        "Activation must be one of"),
                Arguments.of(new AddNode(Sample.dense("dense_1")), "There is already a layer with the id dense_1"),
                Arguments.of(RemoveNodes.of(DENSE, GHOST), "There is no layer ghost in the network"),
                Arguments.of(new Connect(DENSE, GHOST), "There is no layer ghost in the network"),
                Arguments.of(new Connect(DENSE, DENSE), "A layer cannot be wired to itself"),
                Arguments.of(new Connect(INPUT, DENSE), "input is already wired into dense_1"),
                Arguments.of(new Connect(OUTPUT, INPUT), "input (Input) takes no inputs"),
                Arguments.of(new Connect(SPARE, DENSE), "dense_1 (Dense) takes one input and already has one"),
                Arguments.of(new Disconnect(DENSE, INPUT), "dense_1 is not wired to input"),
                Arguments.of(new MoveNodes(Map.of(GHOST, Position.ORIGIN)),
                        "There is no layer ghost in the network"),
                Arguments.of(new RenameNode(DENSE, "   "), "A layer needs a name"),
                Arguments.of(new SetTraining(TrainingSettings.defaults().withBatchAndEpochs(0, 0)),
                        "These training settings cannot be used: batchSize must be from 1 to 65536, not 0; "
                                + "epochs must be from 1 to 100000, not 0"),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Generated(Generator.SPIRAL, 0, 0.1, 1))),
                        "The spiral generator makes from 2 to 1000000 samples, not 0."),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Generated(Generator.SPIRAL, 200, 5, 1))),
                        "Noise must be from 0 to 1.0, not 5.0."),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Generated(Generator.SPIRAL, 200, Double.NaN,
                        1))), "Noise must be from 0 to 1.0, not NaN."),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Bundled(BundledDataset.IRIS, List.of(3, 3)))),
                        "The iris samples have 4 values [4]; they cannot be reshaped to [3, 3]."),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Bundled(BundledDataset.IRIS, List.of(0, 4)))),
                        "Every dimension of the sample shape must be at least 1, not [0, 4]."),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.ImageFolder("pics", 0, 28, true))),
                        "Images are resized to a width and height from 1 to"),
                Arguments.of(new SetDataset(DatasetSpec.of(new DataSource.Generated(Generator.SPIRAL, 200, 0.1, 1))
                        .withAugmentation(new Augmentation(true, 0, 0))), "Augmentation (flip, shift, rotation) "
                        + "changes images of shape [channels, height, width], but these samples are [2]."),
                Arguments.of(new AddConnected(OUTPUT, Sample.dense("dense_1")),
                        "There is already a layer with the id dense_1"));
    }

    @Test
    void datasetsStillBeingChosenAndSoundOnesAreAccepted() {
        Document doc = new Document(Sample.chain());

        doc.execute(new SetDataset(DatasetSpec.of(new DataSource.Csv("", List.of(), "", true))));
        doc.execute(new SetDataset(DatasetSpec.of(new DataSource.Bundled(BundledDataset.DIGITS, List.of(1, 8, 8)))
                .withAugmentation(new Augmentation(false, 1, 10))));

        assertThat(doc.project().dataset().augmentation().maxShift()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void refusedEditGivesTheReasonAndLeavesProjectAndHistoryUntouched(Edit edit, String reason) {
        Project start = Sample.chain();
        Document doc = new Document(start);
        List<DocumentChange> heard = new ArrayList<>();
        doc.addListener(heard::add);

        assertThatThrownBy(() -> doc.execute(edit)).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).reason()).asString().startsWith(reason);

        assertThat(doc.project()).isSameAs(start);
        assertThat(doc.revision()).isZero();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.isDirty()).isFalse();
        assertThat(heard).isEmpty();
    }

    @Test
    void aWireThatWouldCloseALoopIsRefused() {
        Project open = new Connect(DENSE, SPARE).apply(new Disconnect(INPUT, DENSE).apply(Sample.chain()));

        assertThatThrownBy(() -> new Connect(SPARE, DENSE).apply(open)).isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("This wire would make a loop: dense_1 already leads to spare");
    }
}
