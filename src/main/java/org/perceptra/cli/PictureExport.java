package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.perceptra.export.RunReports;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.report.NetworkDiagram;
import org.perceptra.report.RunReport;
import org.perceptra.report.RunReportHtml;

/**
 * The formats of {@code export} that need no trained weights: the diagram as PNG or SVG (of any project, even
 * one with errors, which then show as badges) and the HTML report of a recorded run.
 */
final class PictureExport {
    static final List<String> FORMATS = List.of("png", "svg", "html");

    private PictureExport() {
    }

    /** @param runName the run to report on (name or id); null for the latest */
    static int write(String format, Path file, Path out, String runName, PrintWriter stdout, PrintWriter err) {
        var input = ProjectInput.load(file, err);
        if (input.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        Project project = input.get().project();
        try {
            switch (format) {
                case "png" -> NetworkDiagram.of(project.graph(), input.get().analysis(), project.name()).writePng(out);
                case "svg" -> NetworkDiagram.of(project.graph(), input.get().analysis(), project.name()).writeSvg(out);
                default -> {
                    Optional<RunRecord> run = chooseRun(file, project, runName, err);
                    if (run.isEmpty()) {
                        return RunHistory.of(project).isEmpty() ? Cli.EXIT_INVALID : Cli.EXIT_USAGE;
                    }
                    RunReport report = RunReports.of(project, run.get().id(), file.toAbsolutePath().getParent(),
                            java.time.ZonedDateTime.now());
                    RunReportHtml.write(report, out);
                    stdout.println("Wrote the report of '" + run.get().name() + "' to " + out + ".");
                    stdout.flush();
                    return Cli.EXIT_OK;
                }
            }
        } catch (IOException e) {
            return WriteFailure.report(out, e, err);
        }
        stdout.println("Wrote the diagram of " + file + " to " + out + ".");
        stdout.flush();
        return Cli.EXIT_OK;
    }

    private static Optional<RunRecord> chooseRun(Path file, Project project, String runName, PrintWriter err) {
        RunHistory history = RunHistory.of(project);
        if (history.isEmpty()) {
            err.println("perceptra export: " + file + " has no recorded training run to report on. Train it and save "
                    + "the run first: perceptra train " + file + " --save " + file);
            return Optional.empty();
        }
        if (runName == null) {
            return RunReports.latest(project);
        }
        Optional<RunRecord> run = RunReports.named(project, runName);
        if (run.isEmpty()) {
            err.println("perceptra export: " + file + " has no run named '" + runName + "'. Its runs are: "
                    + String.join("; ", history.runs().stream().map(RunRecord::name).toList()) + ".");
        }
        return run;
    }
}
