package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.model.NodeId;
import org.perceptra.model.Validator;

/** Problems with nodes and wires: each names the node or connection, its JSON path and its line. */
class GraphErrorsTest {
    /** Six connections; {@code last} is the sixth, connection 5. */
    private static String chainEndingWith(String last) {
        return Broken.withGraph("""
                {"nodes": [
                  {"id": "input", "kind": "Input"},
                  {"id": "dense_1", "kind": "Dense"},
                  {"id": "dense_2", "kind": "Dense"},
                  {"id": "dense_3", "kind": "Dense"},
                  {"id": "dense_4", "kind": "Dense"},
                  {"id": "output", "kind": "Output"}],
                 "connections": [
                  {"from": "input", "to": "dense_1"},
                  {"from": "dense_1", "to": "dense_2"},
                  {"from": "dense_2", "to": "dense_3"},
                  {"from": "dense_3", "to": "dense_4"},
                  {"from": "dense_4", "to": "output"},
                  %s]}
                """.formatted(last));
    }

    @Test
    void danglingWireNamesTheConnectionAndTheMissingNode() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"dense_4\", \"to\": \"dense_9\"}"));

        assertThat(e.problem()).isEqualTo("connection 5 goes to 'dense_9', which is not a node");
        assertThat(e.where()).isEqualTo("graph.connections[5].to");
        assertThat(e.getMessage()).isEqualTo("broken.perceptra, line 14, column 29 (graph.connections[5].to): "
                + "connection 5 goes to 'dense_9', which is not a node");
    }

    @Test
    void wireFromNowhereIsRefusedToo() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"ghost\", \"to\": \"output\"}"));

        assertThat(e.problem()).isEqualTo("connection 5 comes from 'ghost', which is not a node");
    }

    @Test
    void repeatedWireNamesBothConnections() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"dense_2\", \"to\": \"dense_3\"}"));

        assertThat(e.problem()).isEqualTo("connection 5 repeats connection 2 (dense_2 -> dense_3)");
        assertThat(e.line()).isEqualTo(14);
    }

    @Test
    void selfLoopIsRefused() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"dense_3\", \"to\": \"dense_3\"}"));

        assertThat(e.problem()).isEqualTo("connection 5 connects 'dense_3' to itself");
    }

    @Test
    void wireWithoutEndIsMissingAField() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"dense_3\"}"));

        assertThat(e.problem()).contains("\"to\" is missing");
        assertThat(e.where()).isEqualTo("graph.connections[5]");
    }

    @Test
    void duplicateNodeIdsNameBothPlaces() {
        ProjectFileException e = Broken.load(Broken.withGraph("""
                {"nodes": [
                  {"id": "input", "kind": "Input"},
                  {"id": "dense", "kind": "Dense"},
                  {"id": "dense", "kind": "Dense"}]}
                """));

        assertThat(e.problem()).contains("'dense' is used twice", "graph.nodes[1]", "graph.nodes[2]");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void idWithSpacesIsNotAnId() {
        ProjectFileException e = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"my layer\", \"kind\": \"Dense\"}]}"));

        assertThat(e.problem()).contains("'my layer' is not a valid node id", "letters, digits");
        assertThat(e.where()).isEqualTo("graph.nodes[0].id");
    }

    @Test
    void enormousIdIsRefusedWithoutEchoingIt() {
        String id = "a".repeat(10_000);

        ProjectFileException e = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"" + id + "\", \"kind\": \"Dense\"}]}"));

        assertThat(e.problem()).contains("at most 64 characters", "10000");
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void wireWithAnInvalidIdIsRefused() {
        ProjectFileException e = Broken.load(chainEndingWith("{\"from\": \"dense_4\", \"to\": \"9lives\"}"));

        assertThat(e.problem()).contains("'9lives' is not a valid node id");
        assertThat(e.where()).isEqualTo("graph.connections[5].to");
    }

    @Test
    void nodeWithoutIdOrKindIsMissingAField() {
        assertThat(Broken.load(Broken.withGraph("{\"nodes\": [{\"kind\": \"Dense\"}]}")).problem())
                .contains("\"id\" is missing");
        ProjectFileException noKind = Broken.load(Broken.withGraph("{\"nodes\": [\n{\"id\": \"d\"}]}"));
        assertThat(noKind.problem()).contains("\"kind\" is missing");
        assertThat(noKind.where()).isEqualTo("graph.nodes[0], node d");
        assertThat(noKind.line()).isEqualTo(2);
    }

    @Test
    void unknownKindListsTheKnownKinds() {
        ProjectFileException e = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"c\", \"kind\": \"Conv9D\"}]}"));

        assertThat(e.problem()).isEqualTo("unknown layer kind \"Conv9D\"; the known kinds are "
                + String.join(", ", org.perceptra.model.LayerCatalog.standard().ids()));
        assertThat(e.where()).isEqualTo("graph.nodes[0].kind, node c");
    }

    @Test
    void kindInTheWrongCaseGetsAHint() {
        ProjectFileException e = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"d\", \"kind\": \"dense\"}]}"));

        assertThat(e.problem()).contains("did you mean 'Dense'?");
    }

    @Test
    void nodesMustBeAListOfObjects() {
        assertThat(Broken.load(Broken.withGraph("{\"nodes\": {\"id\": \"d\"}}")).problem())
                .contains("nodes must be a list");
        ProjectFileException e = Broken.load(Broken.withGraph("{\"nodes\": [\"Dense\"]}"));
        assertThat(e.problem()).contains("must be an object");
        assertThat(e.where()).isEqualTo("graph.nodes[0]");
    }

    @Test
    void positionMustBeAFiniteNumber() {
        ProjectFileException text = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"d\", \"kind\": \"Dense\", \"x\": \"left\"}]}"));
        assertThat(text.problem()).isEqualTo("x must be a number, not \"left\"");
        assertThat(text.where()).isEqualTo("graph.nodes[0].x, node d");

        ProjectFileException huge = Broken.load(Broken.withGraph("{\"nodes\": [{\"id\": \"d\", \"kind\": \"Dense\", \"y\": 1e400}]}"));
        assertThat(huge.problem()).contains("y must be a finite number");
    }

    @Test
    void cyclesLoadAndAreLeftToTheValidator() throws Exception {
        Project p = ProjectJson.fromJson(chainEndingWith("{\"from\": \"dense_4\", \"to\": \"dense_1\"}"), Broken.FILE);

        assertThat(p.graph().topologicalOrder()).isEmpty();
        assertThat(Validator.analyze(p.graph()).diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("cycle"));
    }

    @Test
    void shapeErrorsLoadAndAreLeftToTheValidator() throws Exception {
        Project p = ProjectJson.fromJson(Broken.withGraph("""
                {"nodes": [{"id": "input", "kind": "Input", "params": {"shape": [1, 28, 28]}},
                           {"id": "dense", "kind": "Dense"}],
                 "connections": [{"from": "input", "to": "dense"}]}
                """), Broken.FILE);

        assertThat(p.graph().node(NodeId.of("dense")).kind().id()).isEqualTo("Dense");
        assertThat(Validator.analyze(p.graph()).hasErrors()).isTrue();
    }
}
