package org.perceptra.ui;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Hides every window a UI test left open (dialogs, pop-ups, the shared primary stage). TestFX reuses one
 * primary stage for the whole test JVM, so a dialog left by one test would otherwise keep the keyboard focus
 * and a stage size would carry over into the next test class.
 */
public final class CleanStages implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        FxToolkit.cleanupStages();
    }
}
