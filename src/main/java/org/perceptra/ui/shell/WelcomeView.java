package org.perceptra.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.edit.Document;
import org.perceptra.ui.canvas.GraphThumbnail;

/**
 * What the designer shows before a project is open: start a new project, open one, pick up a recent file,
 * or begin from a sample in the gallery (each with a thumbnail of its network).
 */
public final class WelcomeView extends ScrollPane {
    static final int THUMB_W = 232;
    static final int THUMB_H = 124;

    private final VBox recentBox = new VBox(2);
    private final Settings settings;
    private final Consumer<Path> openRecent;

    public WelcomeView(ShellCommands commands, List<SampleCatalog.Sample> samples, Settings settings,
                       Consumer<SampleCatalog.Sample> openSample, Consumer<Path> openRecent) {
        this.settings = settings;
        this.openRecent = openRecent;
        setId("welcome");
        getStyleClass().add("welcome");
        setFitToWidth(true);

        Label recent = heading("Recent");
        recent.setPadding(new Insets(16, 0, 0, 0));
        VBox start = new VBox(14, brand(), actions(commands), recent, recentBox);
        start.getStyleClass().add("welcome-start");
        start.setMinWidth(260);
        start.setPrefWidth(290);
        start.setMaxWidth(290);

        FlowPane gallery = new FlowPane(18, 18);
        gallery.setId("sample-gallery");
        samples.forEach(s -> gallery.getChildren().add(card(s, openSample)));
        Label galleryIntro = new Label("Open a ready-made network and change it. A sample opens as an untitled copy.");
        galleryIntro.getStyleClass().add(Styles.TEXT_MUTED);
        galleryIntro.setWrapText(true);
        VBox right = new VBox(12, heading("Start from a sample"), galleryIntro, gallery);
        HBox.setHgrow(right, Priority.ALWAYS);
        gallery.prefWrapLengthProperty().bind(right.widthProperty());

        HBox content = new HBox(40, start, right);
        content.setPadding(new Insets(40, 40, 40, 48));
        content.getStyleClass().add("welcome-content");
        setContent(content);

        settings.property().addListener((obs, a, b) -> fillRecent());
        fillRecent();
    }

    private static VBox brand() {
        Label title = new Label("Perceptra");
        title.getStyleClass().add(Styles.TITLE_1);
        var icon = WelcomeView.class.getResourceAsStream("/org/perceptra/ui/perceptra.png");
        if (icon != null) {
            ImageView logo = new ImageView(new Image(icon, 56, 56, true, true));
            title.setGraphic(logo);
            title.setGraphicTextGap(14);
        }
        Label tagline = new Label("Design neural networks by drag and drop, and watch them learn.");
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        tagline.setWrapText(true);
        VBox box = new VBox(8, title, tagline);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private static VBox actions(ShellCommands commands) {
        Button create = new Button("New project", new FontIcon("mdi2f-file-plus-outline"));
        create.setId("welcome-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> commands.get("new").run());
        Button open = new Button("Open\u2026", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("welcome-open");
        open.setOnAction(e -> commands.get("open").run());
        for (Button b : List.of(create, open)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setGraphicTextGap(10);
            b.getStyleClass().add(Styles.LARGE);
        }
        return new VBox(10, create, open);
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        List<Path> files = settings.get().recent().paths().stream().filter(Files::isRegularFile).limit(8).toList();
        if (files.isEmpty()) {
            Label none = new Label("Projects you open or save appear here.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            recentBox.getChildren().add(none);
            return;
        }
        for (Path p : files) {
            Label name = new Label(String.valueOf(p.getFileName()));
            name.getStyleClass().add("recent-name");
            Label folder = new Label(String.valueOf(p.getParent()));
            folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            Button link = new Button(null, new VBox(1, name, folder));
            link.getStyleClass().addAll(Styles.FLAT, "recent-file");
            link.setMaxWidth(Double.MAX_VALUE);
            link.setAlignment(Pos.CENTER_LEFT);
            link.setTooltip(new Tooltip(p.toString()));
            link.setOnAction(e -> openRecent.accept(p));
            recentBox.getChildren().add(link);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Button card(SampleCatalog.Sample sample, Consumer<SampleCatalog.Sample> open) {
        StackPane thumb = new StackPane(new ImageView(GraphThumbnail.render(sample.project().graph(), THUMB_W, THUMB_H)));
        thumb.getStyleClass().add("sample-thumb");
        thumb.setPrefSize(THUMB_W, THUMB_H);

        Label title = new Label(sample.title());
        title.getStyleClass().add("sample-title");
        Label description = new Label(sample.project().description());
        description.getStyleClass().addAll("sample-description", Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.setMaxWidth(THUMB_W);
        description.setMinHeight(0);
        Label facts = new Label(facts(sample));
        facts.getStyleClass().addAll("sample-facts", Styles.TEXT_SMALL);

        VBox body = new VBox(8, thumb, title, description, facts);
        Button card = new Button(null, body);
        card.setId("sample-" + sample.fileName().replace(".perceptra", ""));
        card.getStyleClass().add("sample-card");
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setTooltip(new Tooltip(sample.project().description()));
        card.getTooltip().setWrapText(true);
        card.getTooltip().setMaxWidth(420);
        card.setOnAction(e -> open.accept(sample));
        return card;
    }

    private static String facts(SampleCatalog.Sample sample) {
        int layers = sample.project().graph().size();
        long params = new Document(sample.project()).analysis().totalParams();
        return layers + " layers \u00B7 " + NumberFormat.getIntegerInstance(Locale.US).format(params) + " parameters";
    }
}
