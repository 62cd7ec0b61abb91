package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.model.TrainingSettings;

/** The top level, the dataset and the training settings: required fields, types, known names and sizes. */
class SectionErrorsTest {
    @Test
    void graphIsRequired() {
        ProjectFileException e = Broken.load("{\"format\": 1, \"name\": \"No graph\"}");

        assertThat(e.problem()).isEqualTo("the required field \"graph\" is missing");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void misspeltSectionIsReportedNotIgnored() {
        ProjectFileException e = Broken.load(Broken.withSection("\"trainng\": {}"));

        assertThat(e.where()).isEqualTo("trainng");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("unknown field \"trainng\"; the fields allowed here are");
    }

    @Test
    void wrongTypesAtTheTopLevel() {
        assertThat(Broken.load("{\"format\": 1, \"name\": 42, \"graph\": {}}").problem())
                .isEqualTo("name must be text in quotes, not 42");
        assertThat(Broken.load("{\"format\": 1, \"graph\": []}").problem())
                .isEqualTo("graph must be an object { … }, not a list");
        assertThat(Broken.load(Broken.withSection("\"dataset\": \"iris\"")).problem())
                .isEqualTo("dataset must be an object { … }, not \"iris\"");
    }

    @Test
    void absentOptionalSectionsTakeDefaults() throws Exception {
        Project p = ProjectJson.fromJson("{\"format\": 1, \"graph\": {}}", Broken.FILE);

        assertThat(p.name()).isEmpty();
        assertThat(p.description()).isEmpty();
        assertThat(p.dataset()).isEqualTo(DatasetSpec.none());
        assertThat(p.training()).isEqualTo(TrainingSettings.defaults());
        assertThat(p.results()).isEqualTo(StoredResults.NONE);
    }

    @Test
    void anUnknownMissingValuePolicyIsNamed() {
        ProjectFileException e = Broken.load(Broken.withSection("\"dataset\": {\"source\": {\"type\": \"csv\","
                + " \"path\": \"a.csv\", \"features\": [], \"target\": \"y\", \"missing\": \"guess\"}}"));

        assertThat(e.problem()).startsWith("must be \"drop\"").contains("\"impute\"");
        assertThat(e.where()).isEqualTo("dataset.source.missing");
    }

    @Test
    void unknownSourceTypeListsTheTypes() {
        ProjectFileException e = Broken.load(Broken.withSection("\"dataset\": {\"source\": {\"type\": \"sql\"}}"));

        assertThat(e.where()).isEqualTo("dataset.source.type");
        assertThat(e.problem()).isEqualTo("unknown dataset source type \"sql\"; the known types are generator, "
                + "bundled, csv, idx, image-folder, none");
    }

    @Test
    void unknownGeneratorAndBundledSetListTheKnownOnes() {
        assertThat(Broken.load(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"generator\", \"generator\": \"spirals\"}}")).problem())
                .contains("unknown generator \"spirals\"", "spiral, two-moons");
        assertThat(Broken.load(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"bundled\", \"name\": \"cifar\"}}")).problem())
                .contains("unknown bundled dataset \"cifar\"", "iris, digits-8x8");
    }

    @Test
    void absurdSampleCountIsRefused() {
        ProjectFileException e = Broken.load(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"generator\", \"generator\": \"xor\", \"count\": 1e12}}"));

        assertThat(e.where()).isEqualTo("dataset.source.count");
        assertThat(e.problem()).isEqualTo("count must be a whole number from 1 to 1000000, not 1.0E12");
    }

    @Test
    void reshapeThatLosesValuesIsRefused() {
        ProjectFileException e = Broken.load(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"bundled\", \"name\": \"iris\", \"featureShape\": [2, 3]}}"));

        assertThat(e.where()).isEqualTo("dataset.source.featureShape");
        assertThat(e.problem()).contains("cannot be reshaped to [2, 3]");
    }

    @Test
    void imageSizeMustBePositive() {
        ProjectFileException e = Broken.load(Broken.withSection("\"dataset\": {\"source\": {\"type\": \"image-folder\","
                + " \"path\": \"photos\", \"width\": 0, \"height\": 32}}"));

        assertThat(e.problem()).isEqualTo("width must be a whole number from 1 to 1000000, not 0");
    }

    @Test
    void csvNeedsItsColumns() {
        ProjectFileException e = Broken.load(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"csv\", \"path\": \"a.csv\", \"target\": \"y\"}}"));

        assertThat(e.problem()).isEqualTo("the required field \"features\" is missing");
        assertThat(e.where()).isEqualTo("dataset.source");
    }

    @Test
    void splitThatLeavesNothingToTrainOnIsRefused() {
        ProjectFileException e = Broken.load(Broken.withSection(
                "\"dataset\": {\"split\": {\"validation\": 0.6, \"test\": 0.5}}"));

        assertThat(e.where()).isEqualTo("dataset.split");
        assertThat(e.problem()).contains("leave something to train on");
    }

    @Test
    void aLargeRotationIsRefusedWhereItIs() {
        ProjectFileException e = Broken.load(Broken.withSection(
                "\"dataset\": {\"augmentation\": {\"flip\": true, \"rotation\": 45}}"));

        assertThat(e.where()).isEqualTo("dataset.augmentation");
        assertThat(e.problem()).contains("rotation must be from 0 to 30");
    }

    @Test
    void aDatasetWithoutAugmentationHasNone() throws Exception {
        Project p = ProjectJson.fromJson(Broken.withSection("\"dataset\": {\"normalization\": \"none\"}"),
                Broken.FILE);

        assertThat(p.dataset().augmentation()).isEqualTo(org.perceptra.data.Augmentation.NONE);
        assertThat(ProjectJson.toJson(p)).doesNotContain("augmentation");
    }

    @Test
    void unknownNormalizationListsTheChoices() {
        assertThat(Broken.load(Broken.withSection("\"dataset\": {\"normalization\": \"l2\"}")).problem())
                .isEqualTo("normalization must be one of none, zscore, minmax, not \"l2\"");
    }

    @Test
    void normalizationDefaultsToZScoresWhenThereIsData() throws Exception {
        Project p = ProjectJson.fromJson(Broken.withSection(
                "\"dataset\": {\"source\": {\"type\": \"idx\", \"images\": \"i.gz\", \"labels\": \"l.gz\"}}"), Broken.FILE);

        assertThat(p.dataset()).isEqualTo(DatasetSpec.of(new DataSource.Idx("i.gz", "l.gz")));
    }

    @Test
    void unknownOptimizerAndScheduleListTheChoices() {
        assertThat(Broken.load(Broken.withSection("\"training\": {\"optimizer\": \"lion\"}")).problem())
                .isEqualTo("optimizer must be one of sgd, momentum, nesterov, rmsprop, adagrad, adam, adamw, nadam, "
                        + "not \"lion\"");
        assertThat(Broken.load(Broken.withSection("\"training\": {\"schedule\": {\"type\": \"warmup_cosine\"}}"))
                .problem()).contains("warmup-cosine", "not \"warmup_cosine\"");
    }

    @Test
    void batchSizeBeyondAnyIntegerIsRefused() {
        ProjectFileException e = Broken.load(Broken.withSection("\"training\": {\"batchSize\": 1000000000000}"));

        assertThat(e.where()).isEqualTo("training.batchSize");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).endsWith("not 1000000000000");
    }

    @Test
    void nanLikeLearningRateIsRefused() {
        assertThat(Broken.load(Broken.withSection("\"training\": {\"learningRate\": \"NaN\"}")).problem())
                .isEqualTo("learningRate must be a number, not \"NaN\"");
        assertThat(Broken.load(Broken.withSection("\"training\": {\"learningRate\": -1e999}")).problem())
                .contains("learningRate must be a finite number");
    }

    @Test
    void outOfRangeTrainingValuesLoadAndAreReportedByTheSettings() throws Exception {
        Project p = ProjectJson.fromJson(Broken.withSection(
                "\"training\": {\"learningRate\": 1e308, \"batchSize\": 0, \"earlyStopping\": {\"monitor\": \"f1\"}}"),
                Broken.FILE);

        assertThat(p.training().problems()).hasSize(3);
    }
}
