package org.perceptra.ui.shell;

/** The window's title: what is open, and a mark while it has unsaved changes. */
public final class WindowTitle {
    public static final String APP = "Perceptra";
    /** Put before the name, where a glance finds it, as many editors do. */
    public static final String UNSAVED_MARK = "\u25CF ";

    private WindowTitle() {
    }

    /** @param documentName null while the welcome view shows and nothing is open */
    public static String of(String documentName, boolean dirty) {
        if (documentName == null) {
            return APP;
        }
        return (dirty ? UNSAVED_MARK : "") + documentName + " \u2014 " + APP;
    }
}
