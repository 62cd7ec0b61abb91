package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.model.NodeId;

/** Parameter values pass through their spec's coerce and check; a refusal names the node and the parameter. */
class ParamErrorsTest {
    @Test
    void absurdUnitsNameNodeAndParameter() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"units\": 1000000000000}"));

        assertThat(e.getMessage()).isEqualTo("broken.perceptra, line 6, column 62 (node dense_2, parameter Units): "
                + "Units must be a whole number from 1 to 1000000, not 1000000000000");
    }

    @Test
    void hugeFloatForAWholeNumberIsRefused() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"units\": 1e308}"));

        assertThat(e.problem()).isEqualTo("Units must be a whole number from 1 to 1000000, not 1.0E308");
    }

    @Test
    void hugeFloatForARealParameterIsOutOfRange() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"l2\": 1e308}"));

        assertThat(e.where()).isEqualTo("node dense_2, parameter L2 penalty");
        assertThat(e.problem()).contains("L2 penalty must be", "1.0E308");
    }

    @Test
    void nanLikeStringsAreNotNumbers() {
        assertThat(Broken.load(Broken.denseWith("{\"l2\": \"NaN\"}")).problem()).contains("L2 penalty must be", "NaN");
        assertThat(Broken.load(Broken.denseWith("{\"l1\": \"-Infinity\"}")).problem()).contains("L1 penalty must be");
        assertThat(Broken.load(Broken.denseWith("{\"units\": \"NaN\"}")).problem())
                .isEqualTo("Units must be a whole number, not \"NaN\"");
    }

    @Test
    void unknownParameterListsTheKnownOnes() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"unit\": 8}"));

        assertThat(e.where()).isEqualTo("node dense_2, parameter unit");
        assertThat(e.problem()).startsWith("Dense has no parameter \"unit\"; its parameters are units, activation");
    }

    @Test
    void kindWithoutParametersSaysSo() {
        ProjectFileException e = Broken.load(Broken.withGraph(
                "{\"nodes\": [{\"id\": \"flat\", \"kind\": \"Flatten\", \"params\": {\"size\": 3}}]}"));

        assertThat(e.problem()).isEqualTo("Flatten has no parameter \"size\"; it has no parameters at all");
    }

    @Test
    void unknownChoiceListsTheChoices() {
        ProjectFileException e = Broken.load(Broken.denseWith("{\"activation\": \"relu6\"}"));

        assertThat(e.problem()).startsWith("Activation must be one of linear, relu,").endsWith("not \"relu6\"");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(Broken.load(Broken.denseWith("{\"useBias\": \"maybe\"}")).problem())
                .isEqualTo("Use bias must be true or false, not \"maybe\"");
        assertThat(Broken.load(Broken.denseWith("{\"units\": [64]}")).problem())
                .isEqualTo("Units must be a whole number, not a list");
        assertThat(Broken.load(Broken.denseWith("{\"units\": null}")).problem())
                .isEqualTo("Units must be a whole number, not nothing");
        assertThat(Broken.load(Broken.denseWith("[]")).problem()).isEqualTo("params must be an object { … }, not a list");
    }

    @Test
    void shapeWithTooManyDimensionsIsRefused() {
        ProjectFileException e = Broken.load(Broken.withGraph(
                "{\"nodes\": [{\"id\": \"input\", \"kind\": \"Input\", \"params\": {\"shape\": [1, 2, 3, 4]}}]}"));

        assertThat(e.where()).isEqualTo("node input, parameter Shape");
        assertThat(e.problem()).contains("1 to 3 dimensions");
    }

    @Test
    void tenMillionLongListIsRefusedWithoutBuildingIt() {
        String shape = "[" + "1,".repeat(10_000_000) + "1]";

        ProjectFileException e = Broken.load(Broken.withGraph(
                "{\"nodes\": [{\"id\": \"input\", \"kind\": \"Input\", \"params\": {\"shape\": " + shape + "}}]}"));

        assertThat(e.where()).isEqualTo("graph.nodes[0].params.shape");
        assertThat(e.problem()).contains("more than 100000 entries");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void missingParametersTakeTheirDefaultsAndLooseValuesAreCoerced() throws Exception {
        Project p = ProjectJson.fromJson(Broken.denseWith("{\"units\": \"64\", \"activation\": \"ReLU\", \"l2\": 1}"),
                Broken.FILE);

        var params = p.graph().node(NodeId.of("dense_2")).params();
        assertThat(params.getInt("units")).isEqualTo(64);
        assertThat(params.getString("activation")).isEqualTo("relu");
        assertThat(params.getDouble("l2")).isEqualTo(1.0);
        assertThat(params.getBool("useBias")).isTrue();
        assertThat(params.asMap().keySet()).containsExactly("units", "activation", "negativeSlope", "useBias",
                "weightInit", "initValue", "l1", "l2");
    }
}
