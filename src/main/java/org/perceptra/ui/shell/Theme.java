package org.perceptra.ui.shell;

/** The two looks the designer offers; AtlantaFX's Primer pair. */
public enum Theme {
    LIGHT, DARK;

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
