package org.perceptra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;
import org.perceptra.project.RunRecord;

class RunReportHtmlTest {
    private static final ZonedDateTime MADE = ZonedDateTime.of(2025, 3, 4, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void textFromTheProjectIsEscapedNotMarkup() {
        Project p = Project.empty("<script>alert('hi')</script> & co").withGraph(graph("<b>in</b>"));

        Document doc = Jsoup.parse(RunReportHtml.html(report(p, run(3, Map.of()), Optional.empty(), "")));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo("<script>alert('hi')</script> & co");
        assertThat(doc.select("#network svg text").eachText()).contains("<b>in</b>");
    }

    @Test
    void aRunOfOneEpochIsChartedByStepAndAPausedChangeIsListed() {
        Document doc = Jsoup.parse(RunReportHtml.html(report(Project.empty("P").withGraph(graph("in")),
                run(1, Map.of()), Optional.empty(), "")));

        assertThat(doc.select("#curves svg text").eachText()).contains("step", "training (each step)");
        assertThat(doc.select("#changes li").text()).isEqualTo("From step 13 (epoch 1.5): learning rate 0.01 → 0.001");
        assertThat(doc.select("#summary").text()).isEqualTo("The run completed after 1 epoch (40 steps, 2.5 s).");
    }

    @Test
    void withoutAMatrixTheReportSaysWhyAndWithOneItShadesTheDiagonal() {
        Project p = Project.empty("P").withGraph(graph("in"));
        Document without = Jsoup.parse(RunReportHtml.html(report(p, run(3, Map.of()), Optional.empty(),
                "No confusion matrix for this run. The weights are not this run's.")));
        ConfusionCounts counts = new ConfusionCounts("validation", List.of("cat", "dog"), new int[][] {{8, 2}, {1, 9}},
                "as recorded when the run ended");
        Document with = Jsoup.parse(RunReportHtml.html(report(p, run(3, Map.of()), Optional.of(counts), "")));

        assertThat(without.select("#confusion .note").text()).contains("The weights are not this run's.");
        assertThat(with.select("#confusion p").text())
                .startsWith("Validation part, 20 samples: 17 (85.0 %) on the diagonal");
        assertThat(with.select("#confusion td.diagonal").eachText()).containsExactly("8", "9");
        assertThat(with.select("#confusion tbody th").eachText()).containsExactly("cat", "dog");
    }

    @Test
    void theFinalFiguresTableHasOneColumnPerPartWithTheLossFirst() {
        Map<String, Map<String, Double>> finals = Map.of(
                "test", Map.of("accuracy", 0.9, "loss", 0.25, "samples", 30.0),
                "train", Map.of("accuracy", 0.95, "loss", 0.125));

        Document doc = Jsoup.parse(RunReportHtml.html(report(Project.empty("P").withGraph(graph("in")),
                run(3, finals), Optional.empty(), "")));

        assertThat(doc.select("#final thead th")).hasSize(3); // the corner, then the parts in their order
        assertThat(doc.select("#final thead th").eachText()).containsExactly("train", "test (30)");
        assertThat(doc.select("#final tbody tr").get(0).text()).isEqualTo("loss 0.1250 0.2500");
        assertThat(doc.select("#final tbody tr").get(1).text()).isEqualTo("accuracy 0.9500 0.9000");
    }

    private static RunReport report(Project p, RunRecord run, Optional<ConfusionCounts> c, String note) {
        return new RunReport(p, run, c, note, MADE);
    }

    private static NetworkGraph graph(String inputName) {
        LayerNode in = LayerNode.of("in", StandardLayers.INPUT).withName(inputName).at(0, 0);
        LayerNode out = LayerNode.of("out", StandardLayers.OUTPUT).at(240, 0);
        return NetworkGraph.of(List.of(in, out), List.of(new Connection(in.id(), out.id())));
    }

    private static RunRecord run(int epochs, Map<String, Map<String, Double>> finals) {
        List<RunRecord.EpochFigures> figures = new java.util.ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            figures.add(new RunRecord.EpochFigures(e, Map.of("loss", 1.0 / e, "accuracy", 0.5 + e / 10.0)));
        }
        float[] losses = new float[40];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 1f / (i + 1);
        }
        return new RunRecord("r1", "Run 1 — Adam lr 0.01", Instant.parse("2025-03-04T09:00:00Z"),
                TrainingSettings.defaults().withLearningRate(0.01), "completed", epochs, 40, 2.5, figures, losses,
                finals, List.of(new RunRecord.Adjustment(12, 1.5, "learning rate 0.01 → 0.001")), null);
    }
}
