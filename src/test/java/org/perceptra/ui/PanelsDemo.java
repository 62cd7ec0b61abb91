package org.perceptra.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
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
 * screenshots under Xvfb. Not part of the product. Arguments: project file, then optionally {@code --select=ID},
 * {@code --data=SPEC} (see {@link #demoSource}), {@code --dark}, {@code --font=PX}, {@code --bottom} (scroll the
 * panels down) and {@code --typo} (enter refused values, to see how a refusal looks).
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
            String source = option(args, "--data=", "");
            Application.setUserAgentStylesheet(args.contains("--dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Document document = new Document(ProjectFiles.load(file));
            if (!source.isEmpty()) {
                document.execute(new SetDataset(DatasetSpec.of(demoSource(source))));
            }
            Selection selection = new Selection();
            selection.select(NodeId.of(option(args, "--select=", "hidden")));
            Path folder = file.toAbsolutePath().getParent();

            HBox root = new HBox(12,
                    card("Inspector", new InspectorView(document, selection)),
                    card("Data", new DatasetPanel(document, () -> folder)),
                    card("Training", new TrainingSettingsPanel(document)));
            root.setPadding(new Insets(12));
            root.setStyle("-fx-font-size: " + option(args, "--font=", "14") + "px; -fx-background-color: -color-bg-subtle;");
            stage.setTitle("Perceptra panels: " + file.getFileName());
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            if (args.contains("--typo")) {
                later(2, () -> typo(root));
            }
            if (args.contains("--bottom")) {
                later(4, () -> root.lookupAll(".edge-to-edge").forEach(n -> ((ScrollPane) n).setVvalue(1)));
            }
        }
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** Units set to 0 in the inspector and 500 as learning rate: both refused, with their reasons. */
    private static void typo(Parent root) {
        Spinner<?> units = (Spinner<?>) root.lookup(".inspector-sheet .spinner");
        units.getEditor().setText("0");
        units.commitValue();
        TextField rate = (TextField) root.lookup(".training-settings-panel .text-field");
        rate.setText("500");
        rate.fireEvent(new ActionEvent());
    }

    private static TabPane card(String title, Region panel) {
        TabPane tabs = new TabPane(new Tab(title, panel));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(410);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        tabs.setStyle("-fx-border-color: -color-border-default; -fx-background-color: -color-bg-default;");
        return tabs;
    }

    /** spiral | moons | mnist | digits | csv:PATH | idx:IMAGES,LABELS | folder:PATH */
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
