package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;

class RunEditsTest {
    private static RunRecord run(String id, String name) {
        return new RunRecord(id, name, Instant.EPOCH, TrainingSettings.defaults(), "completed", 1, 3, 1,
                List.of(), new float[] {1, 2, 3}, Map.of(), List.of(), null);
    }

    private static List<String> names(Document d) {
        return RunHistory.of(d.project()).runs().stream().map(RunRecord::name).toList();
    }

    @Test
    void recordingRenamingAndDeletingRunsAreUndoableAndMakeTheDocumentDirty() {
        Document d = new Document(Sample.chain());
        d.execute(new RecordRun(run("r1", "Run 1")));
        assertThat(d.isDirty()).isTrue();
        assertThat(d.undoLabel()).contains("Record run Run 1");
        d.execute(new RecordRun(run("r2", "Run 2")));
        d.execute(new RenameRun("r1", "  baseline "));
        assertThat(names(d)).containsExactly("baseline", "Run 2");
        d.execute(DeleteRun.of(RunHistory.of(d.project()).find("r2").orElseThrow()));
        assertThat(names(d)).containsExactly("baseline");

        d.undo();
        assertThat(names(d)).containsExactly("baseline", "Run 2");
        d.undo();
        assertThat(names(d)).containsExactly("Run 1", "Run 2");
        d.undo();
        d.undo();
        assertThat(names(d)).isEmpty();
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void aBlankNameOrAMissingRunIsRefusedAndNothingChanges() {
        Document d = new Document(Sample.chain());
        d.execute(new RecordRun(run("r1", "Run 1")));
        assertThatThrownBy(() -> d.execute(new RenameRun("r1", "   "))).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> d.execute(new RenameRun("gone", "x"))).isInstanceOf(EditRefusedException.class);
        assertThat(d.execute(new RenameRun("r1", "Run 1"))).isFalse();
        assertThat(d.execute(new DeleteRun("gone", "gone"))).isFalse();
        assertThat(names(d)).containsExactly("Run 1");
    }
}
