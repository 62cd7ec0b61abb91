package org.perceptra.report;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The confusion matrix as an HTML table: actual classes in rows, predicted in columns, each cell shaded by its
 * share of its row (so a good classifier shows a dark diagonal whatever the class sizes), counts always written.
 */
final class ConfusionTable {
    private ConfusionTable() {
    }

    static void append(Element section, ConfusionCounts m) {
        section.appendElement("p").text(String.format(Locale.ROOT, "%s part, %,d samples: %,d (%.1f %%) on the "
                + "diagonal, classified correctly. Rows: the actual class; columns: the predicted class. Counts %s.",
                capitalised(m.part()), m.total(), m.correct(), m.total() == 0 ? 0.0 : 100.0 * m.correct() / m.total(),
                m.source()));
        Element table = section.appendElement("table").addClass("confusion");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").addClass("corner").text("actual ╲ predicted");
        m.classes().forEach(c -> head.appendElement("th").attr("scope", "col").text(c));
        Element body = table.appendElement("tbody");
        for (int a = 0; a < m.size(); a++) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(m.classes().get(a));
            int rowTotal = 0;
            for (int p = 0; p < m.size(); p++) {
                rowTotal += m.count(a, p);
            }
            for (int p = 0; p < m.size(); p++) {
                int n = m.count(a, p);
                double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
                Element td = tr.appendElement("td").text(Integer.toString(n));
                if (a == p) {
                    td.addClass("diagonal");
                }
                // Shaded by share of the row; white text from half-way, where the blue gets dark.
                td.attr("style", String.format(Locale.ROOT, "background-color: rgba(0, 114, 178, %.3f);%s",
                        0.08 + 0.85 * share, share > 0.5 ? " color: white;" : ""));
            }
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
