package org.perceptra.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One thing the user can ask for (Save, Undo, Zoom in), shown as a menu item and, for the common ones, a
 * toolbar button. Both share the text, icon, shortcut and enabled state, so they never disagree.
 */
public final class Command {
    private final String id;
    private final StringProperty text;
    private final String icon;
    private final KeyCombination accelerator;
    private final Runnable action;
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);

    /**
     * @param id          stable id for tests and styling ("save"); menu items and buttons get it as their id
     * @param icon        an Ikonli Material Design 2 literal such as {@code mdi2c-content-save-outline}, or null
     * @param accelerator the shortcut, or null
     */
    public Command(String id, String text, String icon, KeyCombination accelerator, Runnable action) {
        this.id = id;
        this.text = new SimpleStringProperty(text);
        this.icon = icon;
        this.accelerator = accelerator;
        this.action = action;
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    /** Runs the action unless the command is disabled (a shortcut may arrive while it is). */
    public void run() {
        if (!disabled.get()) {
            action.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.setId("menu-" + id);
        item.textProperty().bind(text);
        // Labels such as "Undo Delete hidden_1" hold underscores that are names, not mnemonics.
        item.setMnemonicParsing(false);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> run());
        return item;
    }

    /** An icon-only toolbar button whose tooltip names the command and its shortcut. */
    public Button button() {
        Button button = new Button(null, new FontIcon(icon));
        button.setId("tool-" + id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.map(t -> accelerator == null ? plain(t) : plain(t) + "  (" + accelerator.getDisplayText() + ")"));
        tip.setShowDelay(Duration.millis(400));
        button.setTooltip(tip);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> run());
        return button;
    }

    /** Menu texts end in an ellipsis when they open a dialog; a tooltip reads better without it. */
    private static String plain(String t) {
        return t.endsWith("\u2026") ? t.substring(0, t.length() - 1) : t;
    }
}
