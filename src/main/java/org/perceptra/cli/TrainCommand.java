package org.perceptra.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.perceptra.engine.Continuation;
import org.perceptra.engine.EvaluationReport;
import org.perceptra.engine.Nd4jTrainingLoop;
import org.perceptra.engine.RunHistoryJson;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.WarmStart;
import org.perceptra.engine.WeightsJson;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingListener;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.project.StoredResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perceptra train FILE}: trains a project headless, one progress line per epoch, then the final figures
 * of the training, validation and test parts; optionally saves the weights and the run into a project file and
 * ends with one JSON line for scripts.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a project's network on its data without the window, printing each epoch "
                + "(loss, metrics, speed, time left) and the final figures of the training, validation and test parts.",
            "Losses of regression targets are in scaled units (targets are z-scored for training); "
                + "MAE, RMSE and R\u00b2 are in the data's own units."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Training finished (or stopped early).", "1:The project has errors, or training failed "
                + "(for example it diverged).", "2:The project or its data could not be read, or OUT could not be "
                + "written.", "64:Wrong command line."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .perceptra project file.")
    Path file;

    @Option(names = "--epochs", paramLabel = "N", description = "Train N epochs instead of the project's setting.")
    Integer epochs;

    @Option(names = "--seed", paramLabel = "S", description = "Use seed S for weights, shuffling and dropout "
            + "instead of the project's (the data split keeps its own seed).")
    Long seed;

    @Option(names = "--save", paramLabel = "OUT", description = "Save the project with the trained weights and "
            + "this run added to its history into OUT (may be FILE itself); written atomically.")
    Path save;

    @Option(names = "--resume", description = "Continue from the project's trained weights and the optimiser state "
            + "saved with them, exactly where the last saved run stopped (schedule, data order and dropout included), "
            + "for --epochs N more epochs (default: what that run still had planned, else the project's epochs). "
            + "Weights saved without that state continue with a fresh optimiser; a project without weights trains "
            + "from fresh ones. Either way a note says so.")
    boolean resume;

    @Option(names = "--json", description = "End with one line holding a JSON object: final training, validation "
            + "and test figures and the measured steps per second.")
    boolean json;

    @Option(names = "--folds", paramLabel = "K", description = "k-fold cross-validation: train K times from fresh "
            + "weights, each time validating on another of K folds, and print each fold's validation figures with "
            + "their mean and standard deviation (K from 2 to 20; the test part stays held out). Without it, the "
            + "project's own fold count applies.")
    Integer folds;

    @Option(names = "--initial-weights", paramLabel = "FROM", description = "Where the first weights come from: "
            + "'auto' (the default: the project's stored weights when some layer is frozen, else fresh), 'stored' "
            + "(stored weights for every layer they still fit, fresh for the others) or 'fresh' (all fresh).")
    String initialWeights = "auto";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (epochs != null && epochs < 1) {
            err.println("perceptra train: --epochs must be at least 1.");
            return Cli.EXIT_USAGE;
        }
        if (folds != null && (folds < 2 || folds > 20)) {
            err.println("perceptra train: --folds must be from 2 to 20.");
            return Cli.EXIT_USAGE;
        }
        if (folds != null && save != null) {
            err.println("perceptra train: --save cannot be used with --folds: each fold trains weights of its own.");
            return Cli.EXIT_USAGE;
        }
        if (folds != null && resume) {
            err.println("perceptra train: --resume cannot be used with --folds: each fold trains weights of its own.");
            return Cli.EXIT_USAGE;
        }
        var choice = WarmStart.Choice.byId(initialWeights);
        if (choice.isEmpty()) {
            err.println("perceptra train: --initial-weights must be auto, stored or fresh, not '" + initialWeights
                    + "'.");
            return Cli.EXIT_USAGE;
        }
        var input = ProjectInput.load(file, err);
        if (input.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        TrainingSettings settings = effectiveSettings(input.get().project().training());
        NetworkInput checked = NetworkInput.check("train", file, input.get(), settings, out, err);
        if (checked.failed()) {
            return checked.exitCode();
        }
        // The project's own fold count (set in the data panel) counts as --folds, except with --save, which
        // keeps one network and therefore trains one split.
        int projectFolds = input.get().project().dataset().split().folds();
        int k = folds != null ? folds : save == null && !resume ? projectFolds : 1;
        if (folds == null && (save != null || resume) && projectFolds > 1) {
            err.println("perceptra train: the project asks for " + projectFolds + "-fold cross-validation; with "
                    + (resume ? "--resume" : "--save") + " one network is trained on the usual split instead.");
        }
        Project project = input.get().project();
        String starting = choice.get().startingWeights(project.graph(), project.results().weightsJson());
        if (starting == null && choice.get() == WarmStart.Choice.STORED) {
            err.println("perceptra train: " + file + " holds no stored weights; every layer starts fresh.");
        }
        if (k > 1) {
            return new CrossValidation(checked.checked(), k, out, err, starting).run(file, json);
        }
        RunLog log = new RunLog();
        RunPreparation.Outcome outcome;
        if (resume) {
            Continuation.Continued c = Continuation.prepare(checked.checked(),
                    input.get().project().results().weightsJson(), epochs, progress(log, out));
            outcome = c.outcome();
            if (!c.note().isEmpty()) {
                out.println(c.note());
            }
        } else {
            outcome = checked.checked().session(checked.checked().split(), progress(log, out), starting);
        }
        if (outcome instanceof RunPreparation.Refused refused) {
            return NetworkInput.refused("train", refused, err);
        }
        RunPreparation.Ready ready = (RunPreparation.Ready) outcome;
        if (ready.warmStart().happened()) {
            out.println(ready.warmStart().sentence(project.graph()));
        }
        Nd4jTrainingLoop loop = ready.loop();
        Instant started = Instant.now();
        ready.session().start();
        ready.session().awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
        if (log.ending() instanceof TrainingEvent.RunFailed f) {
            err.println("perceptra train: " + f.message());
            f.suggestions().forEach(s -> err.println("  Try: " + s));
            return Cli.EXIT_INVALID;
        }
        TrainingEvent.RunFinished end = (TrainingEvent.RunFinished) log.ending();
        Map<String, EvaluationReport> finals = finals(loop);
        RunHistoryJson.Run run = new RunHistoryJson.Run(started, settings, ending(end), end.epochsCompleted(),
                log.iterations(), end.seconds(), log.epochs(), log.losses(), finals);
        out.printf(Locale.ROOT, "Done: %d epochs, %d steps in %.1f s (%.1f steps/s)%s.%n", end.epochsCompleted(),
                run.steps(), run.seconds(), run.stepsPerSecond(),
                end.reason() == TrainingEvent.RunFinished.Reason.EARLY_STOPPED ? ", stopped early" : "");
        finals.forEach((part, r) -> out.println(part + ": " + ReportText.figures(r)));
        if (save != null) {
            // The session's weights carry the optimiser state, so that --resume can continue from them exactly.
            String weights = ready.session().trainedWeightsJson()
                    .orElseGet(() -> WeightsJson.write(loop.network(), Scalers.of(ready.data(), loop.data())));
            Project trained = input.get().project().withResults(new StoredResults(weights,
                    RunHistoryJson.append(input.get().project().results().runsJson(), run)));
            try {
                ProjectFiles.save(trained, save);
            } catch (IOException e) {
                err.println("perceptra train: cannot write " + save + ": " + e.getMessage());
                return Cli.EXIT_UNREADABLE;
            }
            out.println("Saved the trained weights and this run to " + save + ".");
        }
        if (json) {
            out.println(summaryJson(run));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    private TrainingSettings effectiveSettings(TrainingSettings project) {
        TrainingSettings s = project;
        if (epochs != null) {
            s = s.withBatchAndEpochs(s.batchSize(), epochs);
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        return s;
    }

    /** Keeps every event in {@code log} and prints a progress line at the end of each epoch. */
    static TrainingListener progress(RunLog log, PrintWriter out) {
        ProgressLine[] progress = new ProgressLine[1];
        return event -> {
            log.onEvent(event);
            if (event instanceof TrainingEvent.RunStarted s) {
                progress[0] = new ProgressLine(s.epochs(), s.batchesPerEpoch(), System.nanoTime());
            } else if (event instanceof TrainingEvent.EpochEnded e) {
                out.println(progress[0].line(e, System.nanoTime()));
                out.flush();
            }
        };
    }

    /** The weights as they ended (restored best ones after early stopping), on every part there is. */
    private static Map<String, EvaluationReport> finals(Nd4jTrainingLoop loop) {
        Map<String, EvaluationReport> finals = new LinkedHashMap<>();
        loop.evaluate(Nd4jTrainingLoop.Part.TRAIN).ifPresent(r -> finals.put("train", r));
        loop.evaluate(Nd4jTrainingLoop.Part.VALIDATION).ifPresent(r -> finals.put("validation", r));
        loop.evaluate(Nd4jTrainingLoop.Part.TEST).ifPresent(r -> finals.put("test", r));
        loop.releaseData();
        return finals;
    }

    private static String ending(TrainingEvent.RunFinished end) {
        return end.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String summaryJson(RunHistoryJson.Run run) {
        ObjectNode o = RunHistoryJson.finals(run.finals(), false);
        ObjectNode root = o.objectNode();
        root.put("project", file.toString());
        root.put("ending", run.ending());
        root.put("epochs", run.epochsCompleted());
        root.put("steps", run.steps());
        root.put("seconds", run.seconds());
        root.put("stepsPerSecond", run.stepsPerSecond());
        root.put("seed", run.settings().seed());
        root.setAll(o);
        return RunHistoryJson.text(root);
    }
}
