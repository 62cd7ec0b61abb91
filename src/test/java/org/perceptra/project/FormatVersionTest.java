package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.LayerCatalog;

/** The "format" number: required, refused when newer, and older formats upgraded step by step. */
class FormatVersionTest {
    @Test
    void todayThereIsOneFormatAndNoMigration() {
        assertThat(FormatMigrations.STANDARD.current()).isEqualTo(1);
        assertThat(ProjectJson.FORMAT).isEqualTo(1);
        assertThat(ProjectJson.toJson(Project.empty("x"))).startsWith("{\n  \"format\": 1,\n");
    }

    @Test
    void newerFormatIsRefusedWithAPleaToUpdate() {
        ProjectFileException e = Broken.load("{\n  \"format\": 3,\n  \"graph\": {\"nodes\": \"whatever format 3 has\"}}");

        assertThat(e.getMessage()).isEqualTo("broken.perceptra, line 2, column 13 (format): this file was saved by a "
                + "newer Perceptra (format 3); this version reads formats up to 1. Please update Perceptra.");
    }

    @Test
    void absurdlyNewFormatIsRefusedTheSameWay() {
        assertThat(Broken.load("{\"format\": 100000000000000000000000000000}").problem())
                .contains("newer Perceptra (format 100000000000000000000000000000)");
    }

    @Test
    void formatZeroNegativeOrNotWholeIsRefused() {
        assertThat(Broken.load("{\"format\": 0, \"graph\": {}}").problem()).isEqualTo("format must be 1 or more, not 0");
        assertThat(Broken.load("{\"format\": -1, \"graph\": {}}").problem()).isEqualTo("format must be 1 or more, not -1");
        assertThat(Broken.load("{\"format\": 1.5, \"graph\": {}}").problem())
                .isEqualTo("format must be a whole number such as 1, not 1.5");
        assertThat(Broken.load("{\"format\": \"1\", \"graph\": {}}").problem())
                .isEqualTo("format must be a whole number such as 1, not \"1\"");
    }

    @Test
    void missingFormatMeansNotAProject() {
        ProjectFileException e = Broken.load("{\"nodes\": []}");

        assertThat(e.problem()).contains("no \"format\" field", "not a Perceptra project file");
        assertThat(e.line()).isEqualTo(1);
    }

    /** Pretends format 2 renamed "title" to "name": a test-only chain, since format 1 has no predecessor. */
    private static final FormatMigrations.Step TITLE_BECOMES_NAME = project -> {
        JsonNode title = project.remove("title");
        if (title != null) {
            project.set("name", title);
        }
        return project;
    };

    @Test
    void olderFormatIsUpgradedBeforeReading() throws Exception {
        ProjectReader reader = new ProjectReader(LayerCatalog.standard(),
                new FormatMigrations(List.of(project -> project, TITLE_BECOMES_NAME)));

        Project p = reader.read("{\"format\": 2, \"title\": \"Old\", \"graph\": {}}", Broken.FILE);

        assertThat(p.name()).isEqualTo("Old");
    }

    @Test
    void stepsRunInOrderFromTheFilesFormatOnly() throws Exception {
        List<String> ran = new ArrayList<>();
        FormatMigrations chain = new FormatMigrations(List.of(
                step(ran, "1->2", 1), step(ran, "2->3", 2), step(ran, "3->4", 3)));
        ProjectReader reader = new ProjectReader(LayerCatalog.standard(), chain);

        reader.read("{\"format\": 2, \"graph\": {}}", Broken.FILE);
        assertThat(ran).containsExactly("2->3", "3->4");

        ran.clear();
        reader.read("{\"format\": 4, \"graph\": {}}", Broken.FILE);
        assertThat(ran).isEmpty();
    }

    private static FormatMigrations.Step step(List<String> ran, String name, int expectedFormat) {
        return project -> {
            assertThat(project.get("format").intValue()).as(name).isEqualTo(expectedFormat);
            ran.add(name);
            return project;
        };
    }

    @Test
    void stepMayReplaceTheWholeTreeAndTheWeights() throws Exception {
        FormatMigrations chain = new FormatMigrations(List.of(project -> {
            ObjectNode fresh = project.objectNode();
            fresh.set("graph", project.get("graph"));
            fresh.putArray("weights").add(1).add(2);
            return fresh;
        }));

        Project p = new ProjectReader(LayerCatalog.standard(), chain)
                .read("{\"format\": 1, \"graph\": {}, \"weights\": {\"old\": true}}", Broken.FILE);

        assertThat(p.results().weightsJson()).isEqualTo("[1,2]");
    }

    @Test
    void stepThatCannotUpgradeExplainsWhy() {
        FormatMigrations chain = new FormatMigrations(List.of(project -> {
            throw new IllegalArgumentException("the old Conv layer had no padding setting");
        }));

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () ->
                new ProjectReader(LayerCatalog.standard(), chain).read("{\"format\": 1, \"graph\": {}}", Broken.FILE));

        assertThat(e.problem()).isEqualTo("this file is in format 1 and could not be upgraded to format 2: "
                + "the old Conv layer had no padding setting");
    }

    @Test
    void problemsInAnUpgradedFileNameThePathButNoLine() {
        FormatMigrations chain = new FormatMigrations(List.of(project -> project));

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () ->
                new ProjectReader(LayerCatalog.standard(), chain)
                        .read("{\"format\": 1,\n \"graph\": {\"nodes\": [{\"id\": \"x\", \"kind\": \"Conv9D\"}]}}", Broken.FILE));

        assertThat(e.line()).isEqualTo(-1);
        assertThat(e.where()).isEqualTo("graph.nodes[0].kind, node x");
    }
}
