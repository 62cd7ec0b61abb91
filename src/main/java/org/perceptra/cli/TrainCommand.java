package org.perceptra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.NonFiniteCheck;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Nd4jTrainingLoop;
import org.perceptra.engine.session.MemoryEstimate;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perceptra train FILE}: trains a project headless and prints one line per epoch. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a project's network on its data without the window, printing each epoch.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Training finished (or stopped early).", "1:The project has errors, or training failed "
                + "(for example it diverged).", "2:The project or its data could not be read.", "64:Wrong command line."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .perceptra project file.")
    Path file;

    @Option(names = "--epochs", description = "Train this many epochs instead of the project's setting.")
    Integer epochs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var input = ProjectInput.load(file, err);
        if (input.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        var project = input.get().project();
        TrainingSettings settings = project.training();
        if (epochs != null) {
            if (epochs < 1) {
                err.println("perceptra train: --epochs must be at least 1.");
                return Cli.EXIT_USAGE;
            }
            settings = settings.withBatchAndEpochs(settings.batchSize(), epochs);
        }
        if (input.get().analysis().hasErrors()) {
            out.print(new AnalysisTable(project, input.get().analysis()).render());
            err.println("perceptra train: the network has errors; fix them first.");
            return Cli.EXIT_INVALID;
        }
        Dataset data;
        try {
            data = DatasetLoader.load(project.dataset().source(), file.toAbsolutePath().getParent());
            NonFiniteCheck.require(data);
        } catch (DataException e) {
            err.println("perceptra train: cannot use the data: " + e.getMessage());
            return Cli.EXIT_UNREADABLE;
        }
        MemoryEstimate memory = MemoryEstimate.of(input.get().analysis(), settings, (long) data.size() * data.sampleSize());
        var refusal = memory.refusal(Runtime.getRuntime().maxMemory(), settings.batchSize());
        if (refusal.isPresent()) {
            err.println("perceptra train: " + refusal.get());
            return Cli.EXIT_INVALID;
        }
        PreparedData prepared = PreparedData.prepare(data, project.dataset());
        CompiledNetwork network;
        try {
            network = GraphCompiler.compile(project.graph(), settings);
        } catch (CompileException e) {
            err.println("perceptra train: " + e.getMessage());
            return Cli.EXIT_INVALID;
        }
        return run(new Nd4jTrainingLoop(network, prepared, settings), settings, out, err);
    }

    private static int run(Nd4jTrainingLoop loop, TrainingSettings settings, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        RunLog log = new RunLog();
        TrainingSession session = new TrainingSession(loop, settings, event -> {
            log.onEvent(event);
            if (event instanceof TrainingEvent.EpochEnded e) {
                out.println(epochLine(e));
                out.flush();
            }
        });
        long start = System.nanoTime();
        session.start();
        session.awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (log.ending() instanceof TrainingEvent.RunFailed f) {
            err.println("perceptra train: " + f.message());
            f.suggestions().forEach(s -> err.println("  Try: " + s));
            return Cli.EXIT_INVALID;
        }
        out.printf(Locale.ROOT, "Done: %d steps in %.1f s (%.0f steps/s).%n", log.iterations(), seconds,
                log.iterations() / seconds);
        out.flush();
        return Cli.EXIT_OK;
    }

    private static String epochLine(TrainingEvent.EpochEnded e) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "epoch %3d  loss %.4f", e.epoch() + 1,
                e.trainLoss()));
        if (!Double.isNaN(e.validationLoss())) {
            sb.append(String.format(Locale.ROOT, "  val_loss %.4f", e.validationLoss()));
        }
        e.trainMetrics().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %.3f", k, v)));
        e.validationMetrics().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  val_%s %.3f", k, v)));
        return sb.toString();
    }
}
