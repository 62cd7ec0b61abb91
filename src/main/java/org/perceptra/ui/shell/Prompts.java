package org.perceptra.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The shell's questions and messages, as themed modal dialogs over the window. */
public final class Prompts {
    /** What to do with unsaved changes before they would be lost. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonData.NO);
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.NO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");

    private final Window owner;
    private final Appearance appearance;

    public Prompts(Window owner, Appearance appearance) {
        this.owner = owner;
        this.appearance = appearance;
    }

    public UnsavedChoice unsavedChanges(String documentName) {
        Alert alert = alert(Alert.AlertType.WARNING, "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-prompt");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == SAVE ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    /** A message for the user, such as why a file cannot be opened; never a stack trace. */
    public void error(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, header, message, ButtonType.OK);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    /** A plain message, such as what an export wrote or why there is nothing to export yet. */
    public void info(String header, String message, String id) {
        Alert alert = alert(Alert.AlertType.INFORMATION, header, message, ButtonType.OK);
        alert.getDialogPane().setId(id);
        alert.showAndWait();
    }

    public boolean offerRestore(Recovery recovery, ZoneId zone) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved work?",
                "Perceptra did not close properly last time. Unsaved changes to " + recovery.title()
                        + " were kept " + when(recovery.savedAt(), zone) + ".\n\n"
                        + "Restore them, or discard them for good?", RESTORE, DISCARD);
        alert.getDialogPane().setId("restore-prompt");
        return alert.showAndWait().filter(b -> b == RESTORE).isPresent();
    }

    /** "today at 16:05", or "on Monday 2 March at 16:05" for older work. */
    static String when(java.time.Instant at, ZoneId zone) {
        java.time.ZonedDateTime t = at.atZone(zone);
        boolean today = t.toLocalDate().equals(java.time.LocalDate.now(zone));
        return (today ? "today" : "on " + DAY.format(t)) + " at " + TIME.format(t);
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(owner);
        alert.setTitle(WindowTitle.APP);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        appearance.style(alert);
        return alert;
    }
}
