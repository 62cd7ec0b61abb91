package org.perceptra.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;

/**
 * Applies the theme and the base font size from the settings. The theme is the application-wide user-agent
 * stylesheet (AtlantaFX), so dialogs and popups follow it too; the font size is set on each root, and all
 * pieces size their text in em, so one number scales the whole window for a projector.
 */
public final class Appearance {
    private static final String SHELL_CSS = Appearance.class.getResource("shell.css").toExternalForm();

    private final Settings settings;
    private final java.util.List<Parent> roots = new java.util.ArrayList<>();
    private String iconSheet;

    public Appearance(Settings settings) {
        this.settings = settings;
        settings.property().addListener((obs, old, now) -> apply());
    }

    /** Styles a window's root now and whenever the settings change. */
    public void manage(Parent root) {
        root.getStylesheets().add(SHELL_CSS);
        roots.add(root);
        apply();
    }

    /** Dialogs get the same size of text and the shell's styles; they close before settings change. */
    public void style(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(SHELL_CSS);
        dialog.getDialogPane().getStylesheets().add(iconSheet(settings.get().fontSize()));
        dialog.getDialogPane().setStyle(fontStyle());
    }

    public void toggleTheme() {
        settings.update(s -> s.withTheme(s.theme().other()));
    }

    public void larger() {
        settings.update(s -> s.withFontSize(FontSize.larger(s.fontSize())));
    }

    public void smaller() {
        settings.update(s -> s.withFontSize(FontSize.smaller(s.fontSize())));
    }

    public void resetSize() {
        settings.update(s -> s.withFontSize(FontSize.DEFAULT));
    }

    /** Tells {@code listener} the new theme after each change. */
    public void themeChanged(java.util.function.Consumer<Theme> listener) {
        settings.property().addListener((obs, old, now) -> {
            if (old.theme() != now.theme()) {
                listener.accept(now.theme());
            }
        });
    }

    public Theme theme() {
        return settings.get().theme();
    }

    private void apply() {
        Application.setUserAgentStylesheet(settings.get().theme() == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String previousIcons = iconSheet;
        iconSheet = iconSheet(settings.get().fontSize());
        roots.forEach(r -> {
            r.getStylesheets().remove(previousIcons);
            r.getStylesheets().add(iconSheet);
            r.setStyle(fontStyle());
            r.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), settings.get().theme() == Theme.DARK);
        });
    }

    /**
     * Ikonli sizes icons in pixels, not em, so a larger text size would leave them small: a one-rule sheet
     * scales them with the text (AtlantaFX's 18 px at 14 px text).
     */
    static String iconSheet(int fontSize) {
        String css = ".ikonli-font-icon { -fx-icon-size: " + Math.round(18.0 * fontSize / FontSize.DEFAULT) + "px; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String fontStyle() {
        return "-fx-font-size: " + settings.get().fontSize() + "px;";
    }
}
