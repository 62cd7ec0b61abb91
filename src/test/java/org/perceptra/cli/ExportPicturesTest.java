package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.report.NetworkDiagram;

/** {@code export --format png|svg|html}: the diagram of any project, the report of a recorded run. */
class ExportPicturesTest {
    @Test
    void anUntrainedProjectExportsItsDiagramAsPngAndSvg(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("spiral.png");
        Path svg = dir.resolve("spiral.svg");

        CliRun pngRun = CliRun.of("export", "sample-projects/spiral.perceptra", "--format", "png", "--out",
                png.toString());
        CliRun svgRun = CliRun.of("export", "sample-projects/spiral.perceptra", "--format", "SVG", "--out",
                svg.toString());

        assertThat(pngRun.exitCode()).as(pngRun.err()).isZero();
        assertThat(svgRun.exitCode()).as(svgRun.err()).isZero();
        assertThat(pngRun.out()).contains("Wrote the diagram");
        Project p = ProjectFiles.load(Path.of("sample-projects/spiral.perceptra"));
        NetworkDiagram d = NetworkDiagram.of(p.graph(), Validator.analyze(p.graph()), p.name());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(d.width() * NetworkDiagram.PNG_SCALE));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(d.height() * NetworkDiagram.PNG_SCALE));
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "hidden_1", "[32]");
    }

    @Test
    void aReportNeedsARecordedRun(@TempDir Path dir) {
        CliRun run = CliRun.of("export", "sample-projects/iris.perceptra", "--format", "html", "--out",
                dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("no recorded training run", "perceptra train");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void theReportOfATrainedIrisRunShowsItsSettingsFinalFiguresAndConfusionMatrix(@TempDir Path dir)
            throws Exception {
        Path trained = dir.resolve("iris.perceptra");
        CliRun train = CliRun.of("train", "sample-projects/iris.perceptra", "--epochs", "6", "--save",
                trained.toString(), "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        JsonNode trainedTest = TrainCommandTest.lastLineJson(train.out()).path("test");
        Path html = dir.resolve("report.html");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "html", "--out", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(doc.title()).contains("Iris flowers", "Run 1");
        assertThat(doc.select("#network svg text").eachText()).contains("input", "hidden", "dropout", "output");
        assertThat(doc.select("#curves svg")).hasSize(2);
        assertThat(settings(doc)).contains("Optimizer: Adam", "Learning rate: 0.01", "Batch size: 16",
                "Epochs: 6 of 6 planned", "Seed: 42");
        // The final figures are those training printed when it ended.
        Element accuracy = doc.select("#final tr:has(th:containsOwn(accuracy))").first();
        assertThat(accuracy).isNotNull();
        assertThat(accuracy.select("td").last().text())
                .isEqualTo(String.format(Locale.ROOT, "%.4f", trainedTest.path("accuracy").asDouble()));
        // The confusion matrix is the one evaluate computes for the same weights on the same test part.
        JsonNode evaluated = TrainCommandTest.lastLineJson(CliRun.of("evaluate", trained.toString(), "--json").out())
                .path("test").path("confusion");
        assertThat(confusion(doc)).isEqualTo(new ObjectMapper().convertValue(evaluated, int[][].class));
        assertThat(doc.select("#confusion thead th").eachText()).contains("setosa", "versicolor", "virginica");
        assertThat(doc.select("#confusion p").text()).contains("Test part, 30 samples");
    }

    @Test
    void anUnknownRunIsNamedWithTheRunsThereAre(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("xor.perceptra");
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "1", "--save", trained.toString())
                .exitCode()).isZero();

        CliRun run = CliRun.of("export", trained.toString(), "--format", "html", "--run", "Run 7", "--out",
                dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("no run named 'Run 7'", "Run 1 — ");
    }

    private static List<String> settings(Document doc) {
        List<String> rows = new ArrayList<>();
        for (Element tr : doc.select("#settings tr")) {
            rows.add(tr.selectFirst("th").text() + ": " + tr.selectFirst("td").text());
        }
        return rows;
    }

    private static int[][] confusion(Document doc) {
        List<int[]> rows = new ArrayList<>();
        for (Element tr : doc.select("#confusion tbody tr")) {
            rows.add(tr.select("td").eachText().stream().mapToInt(Integer::parseInt).toArray());
        }
        return rows.toArray(int[][]::new);
    }
}
