package org.perceptra.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The mnemonic letters of the form labels a student can see in a panel, for keyboard tests. */
public final class Mnemonics {
    /** Letters the designer's menus (File, Edit, View, Help) take. */
    public static final List<Character> MENU_LETTERS = List.of('F', 'E', 'V', 'H');

    private Mnemonics() {
    }

    public static List<Character> visibleIn(Parent panel) {
        List<Character> letters = new ArrayList<>();
        for (Node n : panel.lookupAll(".form-label")) {
            Label label = (Label) n;
            int at = label.getText().indexOf('_');
            if (label.isMnemonicParsing() && at >= 0 && shown(label)) {
                letters.add(label.getText().toUpperCase(Locale.ROOT).charAt(at + 1));
            }
        }
        return letters;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
