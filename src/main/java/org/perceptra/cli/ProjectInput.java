package org.perceptra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectFiles;

/** Loads a project for a command and analyses it; reports an unreadable file in one line, never a stack trace. */
record ProjectInput(Project project, GraphAnalysis analysis) {
    /** What validate and summary share: print the analysis as a table or JSON; exit 0, 1 (errors) or 2 (unreadable). */
    static int report(Path file, boolean json, PrintWriter out, PrintWriter err) {
        return load(file, err).map(in -> {
            out.print(json ? AnalysisJson.render(in.project(), in.analysis())
                    : new AnalysisTable(in.project(), in.analysis()).render());
            out.flush();
            return in.analysis().hasErrors() ? Cli.EXIT_INVALID : Cli.EXIT_OK;
        }).orElse(Cli.EXIT_UNREADABLE);
    }

    static Optional<ProjectInput> load(Path file, PrintWriter err) {
        try {
            Project p = ProjectFiles.load(file);
            return Optional.of(new ProjectInput(p, Validator.analyze(p.graph(), p.dataset().source().signature())));
        } catch (ProjectFileException e) {
            err.println("perceptra: cannot read " + e.getMessage());
            return Optional.empty();
        }
    }
}
