package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.SPARE;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.perceptra.project.Project;

/** A burst of typing in one field is one undo step; anything else is not merged. */
class DocumentMergeTest {
    private final FakeClock clock = new FakeClock();
    private final Project start = Sample.chain();
    private final Document doc = new Document(start, 200, clock, Duration.ofMillis(1500));

    private void type(String field, String value) {
        clock.advanceMillis(300);
        doc.execute(new SetParam(DENSE, field, value));
    }

    @Test
    void aBurstOfTypingInOneFieldIsOneStepLabelledWithTheFinalValue() {
        type("units", "6");
        type("units", "64");
        type("units", "640");

        assertThat(doc.undoLabel()).hasValue("Set units of dense_1 to 640");
        doc.undo();
        assertThat(doc.project()).isEqualTo(start);
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void theWindowSlidesWithEachKeystroke() {
        for (int i = 1; i <= 10; i++) {
            type("units", String.valueOf(i));
        }
        doc.undo();
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void editsFurtherApartThanTheWindowAreSeparateSteps() {
        type("units", "6");
        clock.advance(Duration.ofSeconds(2));
        type("units", "64");

        doc.undo();
        assertThat(Sample.units(doc.project(), DENSE)).isEqualTo(6);
    }

    @Test
    void differentParametersAreNotMerged() {
        type("units", "6");
        type("activation", "tanh");

        doc.undo();
        assertThat(Sample.units(doc.project(), DENSE)).isEqualTo(6);
    }

    @Test
    void theSameParameterOfAnotherLayerIsNotMerged() {
        type("units", "6");
        clock.advanceMillis(300);
        doc.execute(new SetParam(SPARE, "units", "7"));

        doc.undo();
        assertThat(Sample.units(doc.project(), DENSE)).isEqualTo(6);
    }

    @Test
    void typingAfterAnUndoStartsANewStep() {
        type("units", "6");
        type("units", "7");
        doc.undo();
        type("units", "8");

        doc.undo();
        assertThat(doc.project()).isEqualTo(start);
        assertThat(doc.canRedo()).isTrue();
    }

    @Test
    void commitMergeEndsTheBurst() {
        type("units", "6");
        doc.commitMerge();
        type("units", "64");

        doc.undo();
        assertThat(Sample.units(doc.project(), DENSE)).isEqualTo(6);
    }

    @Test
    void typingBackToTheStartingValueLeavesNoStep() {
        type("units", "1");
        type("units", "16");

        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.project()).isEqualTo(start);
    }

    @Test
    void otherEditsAreNeverMerged() {
        doc.execute(new RenameNode(DENSE, "a"));
        doc.execute(new RenameNode(DENSE, "ab"));

        doc.undo();
        assertThat(doc.project().graph().node(DENSE).name()).isEqualTo("a");
    }
}
