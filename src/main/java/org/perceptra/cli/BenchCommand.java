package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perceptra.bench.ModelBenchmark;
import org.perceptra.data.DataException;
import org.perceptra.engine.bench.BenchConfigs;
import org.perceptra.engine.bench.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code perceptra bench model} and {@code perceptra bench training}: figures a person can compare between
 * versions and machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast Perceptra works on this machine and print the figures.",
        subcommands = {BenchCommand.Model.class, BenchCommand.Training.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "model", mixinStandardHelpOptions = true,
            description = "Time shape inference and diagnostics on a large generated graph (what every edit costs).")
    static final class Model implements Callable<Integer> {
        @Option(names = "--nodes", defaultValue = "1000", description = "Nodes in the graph (default: ${DEFAULT-VALUE}).")
        int nodes;

        @Option(names = "--warmup", defaultValue = "2000", description = "Untimed runs first, for the JIT (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--iterations", defaultValue = "1000", description = "Timed runs (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (nodes < 10 || warmup < 0 || iterations < 1) {
                spec.commandLine().getErr().println("perceptra bench model: --nodes must be at least 10, "
                        + "--warmup at least 0 and --iterations at least 1.");
                return Cli.EXIT_USAGE;
            }
            spec.commandLine().getOut().print(ModelBenchmark.run(nodes, warmup, iterations).format());
            spec.commandLine().getOut().flush();
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "training", mixinStandardHelpOptions = true,
            description = {"Train fixed networks (spiral 2-8-8-2, MNIST MLP 784-128-10, LeNet-5) and print steps "
                    + "and samples per second; with --compare, also the PyTorch reference on the same data, "
                    + "alternating with the engine, and the ratio engine / PyTorch.",
                    "Set OMP_NUM_THREADS=1 before starting (one thread is fastest for these small networks)."})
    static final class Training implements Callable<Integer> {
        @Option(names = "--configs", split = ",", defaultValue = "spiral,mnist-mlp,lenet5",
                description = "Configurations to run (default: ${DEFAULT-VALUE}).")
        List<String> configs;

        @Option(names = "--warmup", defaultValue = "10", description = "Seconds of untimed training first, for the "
                + "JIT; at least 3,000 steps within 6 times this (default: ${DEFAULT-VALUE}).")
        double warmup;

        @Option(names = "--seconds", defaultValue = "3", description = "Seconds per timed repeat (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--repeats", defaultValue = "5", description = "Timed repeats; the median is reported "
                + "(default: ${DEFAULT-VALUE}).")
        int repeats;

        @Option(names = "--compare", description = "Also run the PyTorch reference and print the ratio.")
        boolean compare;

        @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with torch, for "
                + "--compare (default: ${DEFAULT-VALUE}; Debian: apt-get install python3-torch).")
        String python;

        @Option(names = "--profile", description = "After the timed repeats, time every op of the engine's step and "
                + "print where the time goes.")
        boolean profile;

        @Option(names = "--export", paramLabel = "DIR", description = "Write the data and the PyTorch script into DIR "
                + "(kept after the run); without --compare, only export.")
        Path export;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String problem = problem();
            if (problem != null) {
                spec.commandLine().getErr().println("perceptra bench training: " + problem);
                return Cli.EXIT_USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (export != null && !compare) {
                    TrainingBenchmark.export(configs, export);
                    out.println("Wrote the benchmark data and pytorch_reference.py to " + export + "; run: "
                            + python + " " + export.resolve("pytorch_reference.py") + " --data " + export);
                    return Cli.EXIT_OK;
                }
                TrainingBenchmark.run(new TrainingBenchmark.Options(configs, warmup, seconds, repeats,
                        compare ? python : null, export, profile), out);
                return Cli.EXIT_OK;
            } catch (IOException | DataException e) {
                spec.commandLine().getErr().println("perceptra bench training: " + e.getMessage());
                return Cli.EXIT_UNREADABLE;
            } finally {
                out.flush();
            }
        }

        private String problem() {
            for (String c : configs) {
                if (!BenchConfigs.NAMES.contains(c)) {
                    return "no configuration '" + c + "'; choose from " + String.join(", ", BenchConfigs.NAMES) + ".";
                }
            }
            if (warmup < 0 || seconds <= 0 || repeats < 1) {
                return "--warmup must be at least 0, --seconds above 0 and --repeats at least 1.";
            }
            return null;
        }
    }
}
