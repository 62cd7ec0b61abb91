package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;

import org.junit.jupiter.api.Test;
import org.perceptra.model.Position;
import org.perceptra.project.Project;

/** Undo, redo, their labels, no-op edits and the bounded history. */
class DocumentHistoryTest {
    private final Project start = Sample.chain();
    private final Document doc = new Document(start);

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertThat(doc.execute(new SetParam(DENSE, "units", "16"))).isFalse();
        assertThat(doc.execute(MoveNodes.one(DENSE, new Position(0, 100)))).isFalse();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.revision()).isZero();
    }

    @Test
    void undoAndRedoReportWhetherTheyDidSomething() {
        assertThat(doc.undo()).isFalse();
        assertThat(doc.redo()).isFalse();
        doc.execute(new SetParam(DENSE, "units", 8));
        assertThat(doc.undo()).isTrue();
        assertThat(doc.redo()).isTrue();
        assertThat(doc.redo()).isFalse();
    }

    @Test
    void undoAndRedoLabelsNameTheNextStepEachWay() {
        doc.execute(new SetParam(DENSE, "units", 64));
        doc.execute(new RenameNode(DENSE, "hidden"));
        doc.undo();

        assertThat(doc.undoLabel()).hasValue("Set units of dense_1 to 64");
        assertThat(doc.redoLabel()).hasValue("Rename dense_1 to hidden");
    }

    @Test
    void anEmptyHistoryHasNoLabels() {
        assertThat(doc.undoLabel()).isEmpty();
        assertThat(doc.redoLabel()).isEmpty();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.undo();
        doc.execute(new RenameNode(DENSE, "hidden"));
        assertThat(doc.canRedo()).isFalse();
    }

    @Test
    void aBoundedHistoryDropsTheOldestSteps() {
        Document small = new Document(start, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(new RenameNode(DENSE, "name" + i));
        }
        int undone = 0;
        while (small.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(3);
        assertThat(small.project().graph().node(DENSE).name()).isEqualTo("name2");
    }

    @Test
    void revisionGoesUpWithEveryChange() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.undo();
        doc.redo();
        doc.replace(start);
        assertThat(doc.revision()).isEqualTo(4);
    }

    @Test
    void replaceClearsTheHistory() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.execute(new RenameNode(DENSE, "hidden"));
        doc.undo();
        Project opened = Project.empty("other");

        doc.replace(opened);

        assertThat(doc.project()).isSameAs(opened);
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.canRedo()).isFalse();
    }
}
