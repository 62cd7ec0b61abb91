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
import org.perceptra.edit.Document;
import org.perceptra.model.NodeId;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.inspector.InspectorView;

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
        boolean dark = args.contains("--dark");
        String font = option(args, "--font=", "14");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Document document = new Document(ProjectFiles.load(file));
        Selection selection = new Selection();
        selection.select(NodeId.of(select));
        Path folder = file.toAbsolutePath().getParent();

        HBox root = new HBox(12,
                card("Inspector", new InspectorView(document, selection)));
        root.setPadding(new Insets(12));
        root.setStyle("-fx-font-size: " + font + "px; -fx-background-color: -color-bg-subtle;");
        stage.setTitle("Perceptra panels: " + file.getFileName());
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
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

    private static String option(List<String> args, String prefix, String fallback) {
        return args.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
                .orElse(fallback);
    }

}
