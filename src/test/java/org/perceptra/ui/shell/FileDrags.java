package org.perceptra.ui.shell;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javafx.event.EventType;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag events that carry files, as the operating system delivers them when a file is dragged from a file
 * manager onto the window. The robot cannot start a drag outside the application, so the test builds the
 * dragboard over a scripted clipboard peer and dispatches the same events the toolkit would.
 */
final class FileDrags {
    private FileDrags() {
    }

    /** A dragboard carrying {@code files}; made on the FX thread, as JavaFX requires of every clipboard. */
    static Dragboard dragboardWith(List<File> files) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> onFxThread(files)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not make a dragboard", e);
        }
    }

    private static Dragboard onFxThread(List<File> files) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(FileDrags.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> Set.of(DataFormat.FILES);
                    case "hasContent" -> DataFormat.FILES.equals(args[0]);
                    case "getContent" -> DataFormat.FILES.equals(args[0]) ? List.copyOf(files) : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY, TransferMode.LINK);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "scripted file drag " + files;
                    default -> null;
                });
        Dragboard board = DragboardHelper.createDragboard(peer);
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }

    static DragEvent event(EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(type, board, 200, 200, 200, 200, TransferMode.COPY, null, null, null);
    }
}
