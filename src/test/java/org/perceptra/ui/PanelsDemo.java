package org.perceptra.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetDataset;
import org.perceptra.model.NodeId;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.data.DatasetPanel;
import org.perceptra.ui.inspector.InspectorView;
import org.perceptra.ui.training.TrainingSettingsPanel;

/**
 * Shows the three side panels next to each other on a real project, for looking at them and taking
 * screenshots under Xvfb. Not part of the product. Arguments: project file, then optionally {@code
 * --select=ID}, {@code --dark}, {@code --font=PX}.
 */
public final class PanelsDemo {
    private PanelsDemo() {
    }

    /** A main class that extends Application fails on the class path; this one only launches it. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path file = Path.of(args.isEmpty() ? "sample-projects/iris.perceptra" : args.get(0));
        String select = option(args, "--select=", "hidden");
        String source = option(args, "--data=", "");
        boolean dark = args.contains("--dark");
        String font = option(args, "--font=", "14");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Document document = new Document(ProjectFiles.load(file));
        if (!source.isEmpty()) {
            document.execute(new SetDataset(DatasetSpec.of(demoSource(source))));
        }
        Selection selection = new Selection();
        selection.select(NodeId.of(select));
        Path folder = file.toAbsolutePath().getParent();

        HBox root = new HBox(12,
                card("Inspector", new InspectorView(document, selection)),
                card("Data", new DatasetPanel(document, () -> folder)),
                card("Training", new TrainingSettingsPanel(document)));
        root.setPadding(new Insets(12));
        root.setStyle("-fx-font-size: " + font + "px; -fx-background-color: -color-bg-subtle;");
        stage.setTitle("Perceptra panels: " + file.getFileName());
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        if (args.contains("--bottom")) {
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            later.setOnFinished(e -> root.lookupAll(".edge-to-edge").forEach(
                    n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
            later.play();
        }
    }

    }

    private static TabPane card(String title, Region panel) {
        TabPane tabs = new TabPane(new Tab(title, panel));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(410);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        tabs.setStyle("-fx-border-color: -color-border-default; -fx-background-color: -color-bg-default;");
        return tabs;
    }

    /** spiral | mnist | digits | csv:PATH | idx:IMAGES,LABELS | folder:PATH */
    private static DataSource demoSource(String spec) {
        String[] kv = spec.split(":", 2);
        return switch (kv[0]) {
            case "spiral" -> new DataSource.Generated(Generator.SPIRAL, 600, 0.15, 7);
            case "moons" -> new DataSource.Generated(Generator.TWO_MOONS, 400, 0.2, 7);
            case "mnist" -> new DataSource.Bundled(BundledDataset.MNIST_10K, List.of());
            case "digits" -> new DataSource.Bundled(BundledDataset.DIGITS, List.of(1, 8, 8));
            case "csv" -> new DataSource.Csv(kv[1], List.of(), "species", true);
            case "idx" -> new DataSource.Idx(kv[1].split(",")[0], kv[1].split(",")[1]);
            case "folder" -> new DataSource.ImageFolder(kv[1], 32, 32, false);
            default -> throw new IllegalArgumentException("unknown demo data " + spec);
        };
    }

    private static String option(List<String> args, String prefix, String fallback) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(fallback);
    }

}
