package org.perceptra.ui.shell;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The user's settings as an observable value; every change is written to the settings file at once. */
public final class Settings {
    private final SettingsFile file;
    private final ReadOnlyObjectWrapper<UserSettings> current;

    public Settings(SettingsFile file) {
        this.file = file;
        this.current = new ReadOnlyObjectWrapper<>(file.load());
    }

    public UserSettings get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<UserSettings> property() {
        return current.getReadOnlyProperty();
    }

    public void update(UnaryOperator<UserSettings> change) {
        UserSettings next = change.apply(current.get());
        if (!next.equals(current.get())) {
            current.set(next);
            file.save(next);
        }
    }
}
