package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;

import org.junit.jupiter.api.Test;
import org.perceptra.model.Shape;

/** The validator's analysis is shared by all panels and computed once per revision. */
class DocumentAnalysisTest {
    private final Document doc = new Document(Sample.chain());

    @Test
    void analysisIsComputedOncePerRevision() {
        assertThat(doc.analysis()).isSameAs(doc.analysis());
    }

    @Test
    void anEditGivesAFreshAnalysisOfTheNewGraph() {
        var before = doc.analysis();
        doc.execute(new SetParam(DENSE, "units", 8));

        assertThat(doc.analysis()).isNotSameAs(before);
        assertThat(doc.analysis().node(DENSE).orElseThrow().output()).isEqualTo(Shape.of(8));
    }
}
