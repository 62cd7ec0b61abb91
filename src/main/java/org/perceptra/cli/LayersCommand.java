package org.perceptra.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerKind;
import org.perceptra.model.ParamSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perceptra layers [KIND]}: the layer catalogue as the palette shows it, read from the kinds themselves. */
@Command(name = "layers", mixinStandardHelpOptions = true,
        description = "List the layer kinds by family, or describe one kind with its parameters.")
final class LayersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "KIND", arity = "0..1", description = "A layer kind such as Dense or Conv2D.")
    String kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LayerCatalog catalog = LayerCatalog.standard();
        if (kind == null) {
            for (Map.Entry<LayerFamily, List<LayerKind>> e : catalog.byFamily().entrySet()) {
                out.println(e.getKey().title());
                e.getValue().forEach(k -> out.printf("  %-24s %s%n", k.id(), firstSentence(k.description())));
            }
            out.flush();
            return Cli.EXIT_OK;
        }
        Optional<LayerKind> found = catalog.all().stream().filter(k -> k.id().equalsIgnoreCase(kind)).findFirst();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("perceptra layers: no layer kind '" + kind + "'. Known kinds: "
                    + String.join(", ", catalog.ids()));
            return Cli.EXIT_USAGE;
        }
        describe(out, found.get());
        return Cli.EXIT_OK;
    }

    private static void describe(PrintWriter out, LayerKind k) {
        out.println(k.displayName() + " (" + k.family().title() + ")");
        out.println("  " + k.description());
        out.println("  Formula: " + k.formula());
        out.println("  Inputs: " + (k.maxInputs() == 0 ? "none" : k.maxInputs() == Integer.MAX_VALUE
                ? "at least " + k.minInputs() : String.valueOf(k.maxInputs())));
        if (!k.params().isEmpty()) {
            out.println("  Parameters:");
            for (ParamSpec p : k.params()) {
                out.printf("    %-16s default %-16s %s%n", p.name(), String.valueOf(p.defaultValue()), p.description());
                out.printf("    %-16s         %-16s allowed: %s%n", "", "", p.allowed());
            }
        }
        out.flush();
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot < 0 ? s : s.substring(0, dot + 1);
    }
}
