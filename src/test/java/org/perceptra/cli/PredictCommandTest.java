package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {
    private static final Path IRIS_CSV = Path.of("src/main/resources/datasets/iris.csv");
    private static final Path DIABETES_CSV = Path.of("src/main/resources/datasets/diabetes.csv");

    private static Path trained(Path dir, String sample, String epochs) {
        Path out = dir.resolve(sample + ".perceptra");
        CliRun train = CliRun.of("train", "sample-projects/" + sample + ".perceptra", "--epochs", epochs, "--save",
                out.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        return out;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void irisRowsInTheirOwnUnitsGetProbabilitiesAndTheRightSpeciesMostOfTheTime(@TempDir Path dir) throws Exception {
        Path project = trained(dir, "iris", "100");
        Path out = dir.resolve("answers.csv");

        // The data set's own file: columns named as in training, plus the answer, which is ignored.
        CliRun run = CliRun.of("predict", project.toString(), "--input", IRIS_CSV.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 150 predictions");
        List<CSVRecord> answers = read(out);
        List<CSVRecord> truth = read(IRIS_CSV);
        assertThat(answers).hasSize(150);
        assertThat(answers.get(0).getParser().getHeaderNames())
                .containsExactly("p(setosa)", "p(versicolor)", "p(virginica)", "predicted");
        int right = 0;
        for (int i = 0; i < answers.size(); i++) {
            CSVRecord a = answers.get(i);
            double sum = Double.parseDouble(a.get(0)) + Double.parseDouble(a.get(1)) + Double.parseDouble(a.get(2));
            assertThat(sum).isCloseTo(1.0, within(1e-5));
            if (a.get("predicted").equals(truth.get(i).get("species"))) {
                right++;
            }
        }
        // Unscaled inputs would put every flower far out on the softmax and get about a third right.
        assertThat(right).as("correct species of 150").isGreaterThanOrEqualTo(135);
    }

    @Test
    void regressionAnswersComeBackInTheDatasUnits(@TempDir Path dir) throws Exception {
        Path project = trained(dir, "diabetes", "30");
        Path out = dir.resolve("progression.csv");

        CliRun run = CliRun.of("predict", project.toString(), "--input", DIABETES_CSV.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> answers = read(out);
        List<CSVRecord> truth = read(DIABETES_CSV);
        assertThat(answers.get(0).getParser().getHeaderNames()).containsExactly("progression");
        double predicted = 0;
        double actual = 0;
        for (int i = 0; i < answers.size(); i++) {
            predicted += Double.parseDouble(answers.get(i).get(0));
            actual += Double.parseDouble(truth.get(i).get("progression"));
        }
        // The network learnt z-scores (mean 0); un-scaled, its answers average near the targets' 152.
        assertThat(predicted / answers.size()).isCloseTo(actual / truth.size(), within(15.0));
    }

    @Test
    void generatedDataTakesColumnsX1AndX2(@TempDir Path dir) throws Exception {
        Path project = trained(dir, "two-moons", "2");
        Path input = Files.writeString(dir.resolve("points.csv"), "x2,x1\n0.5,-1\n-0.3,2\n");
        Path out = dir.resolve("moons.csv");

        CliRun run = CliRun.of("predict", project.toString(), "--input", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read(out)).hasSize(2);
    }

    @Test
    void badInputIsNamedByLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path project = trained(dir, "iris", "1");
        Path out = dir.resolve("never.csv");
        Path notNumber = Files.writeString(dir.resolve("typo.csv"),
                "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.0,3.0,4,5cm\n");
        Path missingColumn = Files.writeString(dir.resolve("three.csv"), "sepal_length,sepal_width,petal_length\n1,2,3\n");

        CliRun typo = CliRun.of("predict", project.toString(), "--input", notNumber.toString(), "--out", out.toString());
        CliRun short3 = CliRun.of("predict", project.toString(), "--input", missingColumn.toString(), "--out",
                out.toString());

        assertThat(typo.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(typo.err()).contains("typo.csv, line 3, column \"petal_width\": \"5cm\" is not a number.");
        assertThat(short3.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(short3.err()).contains("There is no column \"petal_width\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUntrainedProjectIsRefusedWithTheCommandToTrainIt(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("points.csv"), "x1,x2\n0,0\n");

        CliRun run = CliRun.of("predict", "sample-projects/xor.perceptra", "--input", input.toString(), "--out",
                dir.resolve("x.csv").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("holds no trained weights", "perceptra train");
    }
}
