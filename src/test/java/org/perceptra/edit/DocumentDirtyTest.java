package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;

import org.junit.jupiter.api.Test;
import org.perceptra.project.Project;

/** Dirty means: the project differs from what was last saved or opened. */
class DocumentDirtyTest {
    private final Document doc = new Document(Sample.chain());

    @Test
    void aFreshDocumentIsClean() {
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void anEditMakesItDirty() {
        doc.execute(new SetParam(DENSE, "units", 8));
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void markSavedMakesItClean() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.markSaved();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void undoingBackToTheSavedPointMakesItCleanAgain() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.markSaved();
        doc.execute(new SetParam(DENSE, "units", 9));
        doc.undo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void undoingPastTheSavedPointMakesItDirtyAndRedoCleanAgain() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.markSaved();
        doc.undo();
        assertThat(doc.isDirty()).isTrue();
        doc.redo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void aSavedPointDroppedOffTheBoundedHistoryKeepsItDirty() {
        Document small = new Document(Sample.chain(), 2);
        small.markSaved();
        for (int i = 1; i <= 3; i++) {
            small.execute(new RenameNode(DENSE, "name" + i));
        }
        while (small.undo()) {
            assertThat(small.isDirty()).isTrue();
        }
        assertThat(small.project().graph().node(DENSE).name()).isEqualTo("name1");
    }

    @Test
    void replaceMakesItClean() {
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.replace(Project.empty("new"));
        assertThat(doc.isDirty()).isFalse();
    }
}
