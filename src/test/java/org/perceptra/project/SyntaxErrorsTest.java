package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text that is not a JSON object at all: each refusal names the file, the line and the column. */
class SyntaxErrorsTest {
    @Test
    void emptyFileSaysItIsEmpty() {
        ProjectFileException e = Broken.load("");

        assertThat(e.problem()).contains("the file is empty");
    }

    @Test
    void whitespaceOnlyIsEmptyToo() {
        assertThat(Broken.load(" \n\t\n").problem()).contains("empty");
    }

    @Test
    void plainTextIsNotJson() {
        ProjectFileException e = Broken.load("Dense 64 relu\n");

        assertThat(e.getMessage()).isEqualTo("broken.perceptra, line 1, column 6: this is not valid JSON: "
                + "Unrecognized token 'Dense': was expecting (JSON String, Number, Array, Object or token 'null', "
                + "'true' or 'false')");
    }

    @Test
    void aListIsNotAProject() {
        ProjectFileException e = Broken.load("\n[1, 2]");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("starts with a list");
    }

    @Test
    void truncatedFileSaysItWasCutOffAndWhere() {
        ProjectFileException e = Broken.load("{\"format\": 1,\n \"graph\": {\"nodes\": [\n {\"id\": \"in");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).isEqualTo("the file ends in the middle of its JSON, as if it was cut off: "
                + "a text in quotes is never closed");
    }

    @Test
    void truncatedFileSaysWhichListIsNeverClosed() {
        ProjectFileException marked = Broken.load("{\"format\": 1,\n \"graph\": {\"nodes\": [");
        ProjectFileException unmarked = Broken.load("{\"format\": 1,\n \"graph\": {\"nodes\": [\n {\"id\": \"in\"},");

        assertThat(marked.problem()).isEqualTo("the file ends in the middle of its JSON, as if it was cut off: "
                + "the list '[' opened at line 2, column 21 is never closed");
        assertThat(unmarked.problem()).isEqualTo("the file ends in the middle of its JSON, as if it was cut off: "
                + "a list '[' is never closed");
        assertThat(unmarked.line()).isEqualTo(3);
    }

    @Test
    void missingCommaIsReportedAtItsLine() {
        ProjectFileException e = Broken.load("{\"format\": 1,\n \"name\": \"a\"\n \"graph\": {}}");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.problem()).startsWith("this is not valid JSON");
    }

    @Test
    void textAfterTheClosingBraceIsRefused() {
        ProjectFileException e = Broken.load("{\"format\": 1, \"graph\": {}}\n{\"format\": 1}");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("after the project's closing '}'");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefused() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"units\": 8,\n \"units\": 9}"));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.problem()).contains("\"units\" appears twice");
    }

    @Test
    void weightsTwiceAreRefusedEvenWhenTheFirstIsNull() {
        ProjectFileException e = Broken.load(Broken.withSection("\"weights\": null, \"weights\": []"));

        assertThat(e.problem()).contains("\"weights\" appears twice");
    }

    @Test
    void emptyKeyIsJustAnUnknownField() {
        assertThat(Broken.load(Broken.withSection("\"\": 1")).problem()).startsWith("unknown field \"\";");
    }

    @Test
    void invalidUtf8IsNotAProject() {
        byte[] bytes = "{\"format\": 1, \"name\": \"caf\u00e9\", \"graph\": {}}".getBytes(StandardCharsets.ISO_8859_1);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> ProjectReader.standard().read(bytes, Broken.FILE));

        assertThat(e.getMessage()).startsWith("broken.perceptra, line 1").contains("UTF-8");
    }

    @Test
    void absurdNestingIsRefusedBeforeItExhaustsTheStack() {
        String deep = "[".repeat(100_000);

        ProjectFileException e = Broken.load("{\"format\": 1, \"graph\": {}, \"runs\": " + deep);

        assertThat(e.problem()).contains("nested more deeply");
    }

    @Test
    void aNumberWithThousandsOfDigitsIsRefused() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"units\": 1" + "0".repeat(5000) + "}"));

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.problem()).contains("far too long");
    }

    @Test
    void commentsAreNotJson() {
        ProjectFileException e = Broken.load("{\"format\": 1, // the version\n \"graph\": {}}");

        assertThat(e.getMessage()).contains("line 1").contains("not valid JSON");
    }

    @Test
    void byteOrderMarkIsTolerated() throws Exception {
        String json = Broken.withGraph("{}");

        assertThat(ProjectJson.fromJson("\uFEFF" + json, Broken.FILE).graph().isEmpty()).isTrue();
        byte[] bytes = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertThat(ProjectReader.standard().read(bytes, Broken.FILE).graph().isEmpty()).isTrue();
    }
}
