package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.SPARE;

import org.junit.jupiter.api.Test;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/** A composite is one undo step that applies all its parts or none. */
class CompositeEditTest {
    private final Project start = Sample.chain();

    @Test
    void aRefusalInAnyPartRefusesTheWholeAndChangesNothing() {
        Document doc = new Document(start);
        CompositeEdit edit = CompositeEdit.of("Resize", new SetParam(DENSE, "units", 8), new SetParam(SPARE, "units", -1));

        assertThatThrownBy(() -> doc.execute(edit)).isInstanceOf(EditRefusedException.class)
                .hasMessage("Units must be from 1 to 1000000, not -1");
        assertThat(doc.project()).isSameAs(start);
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void allPartsUndoAsOneStep() {
        Document doc = new Document(start);
        doc.execute(CompositeEdit.of("Resize both", new SetParam(DENSE, "units", 8), new SetParam(SPARE, "units", 9),
                new RenameNode(SPARE, "extra")));

        doc.undo();

        assertThat(doc.project()).isEqualTo(start);
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void laterPartsSeeTheResultOfEarlierOnes() {
        Project p = CompositeEdit.of("Add and wire", new AddNode(Sample.dense("dense_2")),
                new Connect(SPARE, NodeId.of("dense_2"))).apply(start);
        assertThat(p.graph().isConnected(SPARE, NodeId.of("dense_2"))).isTrue();
    }
}
