package org.perceptra.cli;

import java.util.concurrent.Callable;
import org.perceptra.bench.ModelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perceptra bench model}: figures a person can compare between versions and machines. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast Perceptra works on this machine and print the figures.",
        subcommands = BenchCommand.Model.class)
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
}
