package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar: File, Edit, View and Help, built from the shell's commands. */
public final class MainMenuBar {
    private MainMenuBar() {
    }

    public static MenuBar build(ShellCommands c, List<SampleCatalog.Sample> samples, Settings settings,
                                Consumer<SampleCatalog.Sample> openSample, Consumer<Path> openRecent) {
        Menu file = new Menu("_File", null,
                item(c, "new"), item(c, "open"), samplesMenu(samples, openSample), recentMenu(settings, openRecent),
                new SeparatorMenuItem(),
                item(c, "save"), item(c, "save-as"), importMenu(c), exportMenu(c),
                new SeparatorMenuItem(),
                item(c, "close"), item(c, "quit"));
        Menu edit = new Menu("_Edit", null,
                item(c, "undo"), item(c, "redo"), new SeparatorMenuItem(),
                item(c, "cut"), item(c, "copy"), item(c, "paste"), item(c, "duplicate"), item(c, "delete"),
                new SeparatorMenuItem(), item(c, "freeze"), new SeparatorMenuItem(), item(c, "select-all"));
        Menu view = new Menu("_View", null,
                item(c, "zoom-in"), item(c, "zoom-out"), item(c, "fit"), item(c, "actual-size"), new SeparatorMenuItem(),
                item(c, "arrange"), new SeparatorMenuItem(),
                item(c, "find-layer"), item(c, "edit-layer"), new SeparatorMenuItem(),
                item(c, "theme"), new SeparatorMenuItem(),
                item(c, "font-larger"), item(c, "font-smaller"), item(c, "font-reset"));
        Menu train = new Menu("_Train", null, item(c, "train"), item(c, "pause"), item(c, "stop"));
        Menu help = new Menu("_Help", null, item(c, "shortcuts"), new SeparatorMenuItem(), item(c, "about"));
        MenuBar bar = new MenuBar(file, edit, view, train, help);
        bar.setId("main-menu");
        return bar;
    }

    private static MenuItem item(ShellCommands c, String id) {
        return c.get(id).menuItem();
    }

    private static Menu samplesMenu(List<SampleCatalog.Sample> samples, Consumer<SampleCatalog.Sample> open) {
        Menu menu = new Menu("Open Sample", new FontIcon("mdi2s-school-outline"));
        menu.setId("menu-samples");
        for (SampleCatalog.Sample s : samples) {
            MenuItem item = new MenuItem(s.title());
            item.setOnAction(e -> open.accept(s));
            menu.getItems().add(item);
        }
        menu.setDisable(samples.isEmpty());
        return menu;
    }

    /** Rebuilt whenever the list changes, so it is right however the file was opened. */
    private static Menu recentMenu(Settings settings, Consumer<Path> open) {
        Menu menu = new Menu("Open Recent", new FontIcon("mdi2h-history"));
        menu.setId("menu-recent");
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Path p : settings.get().recent().paths()) {
                MenuItem item = new MenuItem(p.getFileName() + "   \u2014 " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> open.accept(p));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) {
                MenuItem clear = new MenuItem("Clear Recent Files");
                clear.setOnAction(e -> settings.update(s -> s.withRecent(RecentFiles.none())));
                menu.getItems().addAll(new SeparatorMenuItem(), clear);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        settings.property().addListener((obs, old, now) -> fill.run());
        fill.run();
        return menu;
    }

    /** Models made elsewhere (or exported earlier) opened as new projects. */
    private static Menu importMenu(ShellCommands c) {
        Menu in = new Menu("_Import", new FontIcon("mdi2i-import"), item(c, "import-onnx"));
        in.setId("menu-import");
        return in;
    }

    /** Formats other tools load (the trained network), then pictures and the run report. */
    private static Menu exportMenu(ShellCommands c) {
        Menu export = new Menu("_Export", new FontIcon("mdi2e-export-variant"), item(c, "export-onnx"),
                item(c, "export-pytorch"), item(c, "export-nd4j"), item(c, "export-java"),
                new SeparatorMenuItem(), item(c, "export-diagram-png"), item(c, "export-diagram-svg"),
                item(c, "export-report"));
        export.setId("menu-export");
        return export;
    }
}
