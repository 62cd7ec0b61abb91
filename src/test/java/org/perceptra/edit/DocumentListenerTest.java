package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perceptra.edit.Sample.DENSE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.perceptra.edit.DocumentChange.Kind;

/** Listeners hear each change once and may not change the document while they hear it. */
class DocumentListenerTest {
    private final Document doc = new Document(Sample.chain());
    private final List<DocumentChange> heard = new ArrayList<>();

    @Test
    void listenersHearEachChangeWithRevisionKindAndLabel() {
        doc.addListener(heard::add);
        doc.execute(new SetParam(DENSE, "units", 8));
        doc.undo();
        doc.markSaved();

        assertThat(heard).containsExactly(
                new DocumentChange(1, Kind.EDITED, "Set units of dense_1 to 8", true),
                new DocumentChange(2, Kind.UNDONE, "Set units of dense_1 to 8", false),
                new DocumentChange(2, Kind.SAVED, "", false));
    }

    @Test
    void anEditFromInsideAListenerIsRefused() {
        List<RuntimeException> failures = new ArrayList<>();
        doc.addListener(change -> {
            try {
                doc.execute(new RenameNode(DENSE, "sneaky"));
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });

        doc.execute(new SetParam(DENSE, "units", 8));

        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(doc.project().graph().node(DENSE).name()).isEqualTo("dense_1");
        assertThat(doc.revision()).isEqualTo(1);
    }

    @Test
    void theDocumentAcceptsEditsAgainAfterAListenerThrew() {
        boolean[] thrown = {false};
        doc.addListener(change -> {
            if (!thrown[0]) {
                thrown[0] = true;
                throw new IllegalArgumentException("broken panel");
            }
        });
        assertThatThrownBy(() -> doc.execute(new SetParam(DENSE, "units", 8)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(doc.execute(new SetParam(DENSE, "units", 9))).isTrue();
    }

    @Test
    void aRemovedListenerHearsNothing() {
        Consumer<DocumentChange> listener = heard::add;
        doc.addListener(listener);
        doc.removeListener(listener);
        doc.execute(new SetParam(DENSE, "units", 8));
        assertThat(heard).isEmpty();
    }
}
