package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.OUTPUT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.NodeId;
import org.perceptra.model.Validator;

/** Freezing layers: one undo step for the selection, a label naming them, and the analysis it changes. */
class SetFrozenTest {
    @Test
    void freezingTwoLayersIsOneStepThatUndoesExactly() {
        Document doc = new Document(Sample.chain());
        var before = doc.project();

        doc.execute(new SetFrozen(List.of(DENSE, OUTPUT), true));

        assertThat(doc.project().graph().node(DENSE).frozen()).isTrue();
        assertThat(doc.project().graph().node(OUTPUT).frozen()).isTrue();
        assertThat(doc.undoLabel()).contains("Freeze 2 layers");
        doc.undo();
        assertThat(doc.project()).isEqualTo(before);
    }

    @Test
    void labelsNameTheLayer() {
        assertThat(SetFrozen.one(DENSE, true).label()).isEqualTo("Freeze dense_1");
        assertThat(SetFrozen.one(DENSE, false).label()).isEqualTo("Unfreeze dense_1");
    }

    @Test
    void freezingWhatIsFrozenAlreadyRecordsNothing() {
        Document doc = new Document(Sample.chain());
        doc.execute(SetFrozen.one(DENSE, true));
        long revision = doc.revision();

        doc.execute(SetFrozen.one(DENSE, true));

        assertThat(doc.revision()).isEqualTo(revision);
    }

    @Test
    void aMissingLayerIsRefused() {
        assertThatThrownBy(() -> SetFrozen.one(NodeId.of("ghost"), true).apply(Sample.chain()))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("ghost");
    }

    @Test
    void everyLayerWithWeightsFrozenIsWarnedAbout() {
        var p = SetFrozen.one(DENSE, true).apply(Sample.chain());
        assertThat(Validator.analyze(p.graph()).diagnostics()).noneMatch(d -> d.code().equals("nothing-to-train"));

        var all = new SetFrozen(List.of(DENSE, OUTPUT), true).apply(p);

        assertThat(Validator.analyze(all.graph()).diagnostics()).anyMatch(d -> d.code().equals("nothing-to-train")
                && d.message().contains("nothing left to train"));
    }
}
