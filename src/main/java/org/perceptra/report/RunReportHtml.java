package org.perceptra.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.project.AtomicFiles;
import org.perceptra.project.RunRecord;

/**
 * One run as a self-contained HTML page a student can hand in or print: title and dates, the network (inline
 * SVG), the settings, the curves (inline SVG), the final figures of each part of the data and, for a
 * classifier, the confusion matrix. Built as a jsoup document, so every text from the project (names, paths)
 * is escaped by the library; the SVGs, made by JFreeSVG which escapes its own text, go in as they are.
 */
public final class RunReportHtml {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final List<String> PARTS = List.of("train", "validation", "test");

    private RunReportHtml() {
    }

    public static void write(RunReport report, Path target) throws IOException {
        AtomicFiles.writeText(target, html(report));
    }

    public static String html(RunReport report) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").prettyPrint(false);
        RunRecord run = report.run();
        String name = report.project().name().isBlank() ? "Untitled network" : report.project().name();
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title(name + " — " + run.name());
        doc.head().appendElement("style").appendChild(new DataNode(ReportStyle.CSS));
        Element main = doc.body().appendElement("main");
        header(main, report, name);
        summary(main, run);
        network(main, report);
        settings(main, report);
        curves(main, run);
        finals(main, run);
        confusion(main, report);
        adjustments(main, run);
        main.appendElement("footer").text("Made with Perceptra on " + report.made().format(DATE) + ".");
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }

    private static void header(Element main, RunReport report, String name) {
        Element h = main.appendElement("header");
        h.appendElement("h1").text(name);
        String description = report.project().description();
        if (description != null && !description.isBlank()) {
            h.appendElement("p").addClass("description").text(description);
        }
        RunRecord run = report.run();
        String started = run.started().atZone(report.made().getZone()).format(DATE);
        h.appendElement("p").addClass("meta").text(run.name() + " · trained " + started + " · report of "
                + report.made().format(DATE));
    }

    private static void summary(Element main, RunRecord run) {
        Element p = main.appendElement("p").addClass("summary").attr("id", "summary");
        p.appendText("The run " + ending(run.ending()) + " after ");
        p.appendElement("strong").text(run.epochsCompleted() + (run.epochsCompleted() == 1 ? " epoch" : " epochs"));
        p.appendText(String.format(Locale.ROOT, " (%,d steps, %s).", run.steps(), seconds(run.seconds())));
    }

    private static String ending(String ending) {
        return switch (ending) {
            case "completed" -> "completed";
            case "stopped" -> "was stopped";
            case "early-stopped" -> "stopped early (no more improvement)";
            case "failed" -> "failed";
            default -> ending.isBlank() ? "ended" : "ended (" + ending + ")";
        };
    }

    private static String seconds(double s) {
        if (!(s > 0)) {
            return "time not recorded";
        }
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", s)
                : String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
    }

    private static void network(Element main, RunReport report) {
        Element s = section(main, "network", "Network");
        GraphAnalysis analysis = report.analysis();
        Element figure = s.appendElement("figure").addClass("diagram");
        figure.appendChild(new DataNode(NetworkDiagram.of(report.graph(), analysis, null).svgElement("diagram")));
        long params = analysis.totalParams() + analysis.totalNonTrainableParams();
        figure.appendElement("figcaption").text(String.format(Locale.ROOT, "%d layers, %,d parameters.%s",
                report.graph().size(), params, report.run().graph() == null
                        ? " The network as the project holds it (this run did not record its own)." : ""));
    }

    private static void settings(Element main, RunReport report) {
        Element table = section(main, "settings", "Settings").appendElement("table").addClass("settings");
        for (SettingsRows.Row row : SettingsRows.of(report.run(), report.project().dataset())) {
            Element tr = table.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(row.label());
            tr.appendElement("td").text(row.value());
        }
    }

    private static void curves(Element main, RunRecord run) {
        Element s = section(main, "curves", "Curves");
        var loss = RunCurves.loss(run, "loss-chart");
        var metric = RunCurves.metric(run, "metric-chart");
        if (loss.isEmpty() && metric.isEmpty()) {
            s.appendElement("p").addClass("note").text("This run recorded no curves.");
            return;
        }
        Element row = s.appendElement("div").addClass("charts");
        loss.ifPresent(svg -> row.appendElement("figure").appendChild(new DataNode(svg)));
        metric.ifPresent(svg -> row.appendElement("figure").appendChild(new DataNode(svg)));
    }

    private static void finals(Element main, RunRecord run) {
        Element s = section(main, "final", "Final figures");
        List<String> parts = new ArrayList<>(PARTS.stream().filter(run.finals()::containsKey).toList());
        run.finals().keySet().stream().filter(p -> !parts.contains(p)).forEach(parts::add);
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(p -> names.addAll(run.finals().get(p).keySet()));
        names.remove("samples");
        if (names.isEmpty()) {
            s.appendElement("p").addClass("note").text("This run recorded no final figures.");
            return;
        }
        Element table = s.appendElement("table").addClass("figures");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("");
        for (String p : parts) {
            Double samples = run.finals().get(p).get("samples");
            head.appendElement("th").attr("scope", "col").text(p + (samples == null ? "" : " (" + samples.intValue()
                    + ")"));
        }
        Element body = table.appendElement("tbody");
        List<String> ordered = new ArrayList<>(names);
        ordered.sort((a, b) -> Boolean.compare(!a.equals("loss"), !b.equals("loss")));
        for (String n : ordered) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(n);
            for (String p : parts) {
                Double v = run.finals().get(p).get(n);
                tr.appendElement("td").text(v == null ? "—" : figure(v));
            }
        }
        if (!run.finals().containsKey("test")) {
            s.appendElement("p").addClass("note").text("The data has no test part: these are the figures of the "
                    + "parts the run saw or was tuned on.");
        }
    }

    static String figure(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static void confusion(Element main, RunReport report) {
        if (report.confusion().isEmpty() && report.confusionNote().isBlank()) {
            return;
        }
        Element s = section(main, "confusion", "Confusion matrix");
        if (report.confusion().isEmpty()) {
            s.appendElement("p").addClass("note").text(report.confusionNote());
            return;
        }
        ConfusionTable.append(s, report.confusion().get());
    }

    private static void adjustments(Element main, RunRecord run) {
        if (run.adjustments().isEmpty()) {
            return;
        }
        Element list = section(main, "changes", "Changes made while paused").appendElement("ul");
        for (RunRecord.Adjustment a : run.adjustments()) {
            list.appendElement("li").text(String.format(Locale.ROOT, "From step %,d (epoch %.1f): %s", a.step() + 1,
                    a.epoch(), a.description()));
        }
    }

    private static Element section(Element main, String id, String title) {
        Element s = main.appendElement("section").attr("id", id);
        s.appendElement("h2").text(title);
        return s;
    }
}
