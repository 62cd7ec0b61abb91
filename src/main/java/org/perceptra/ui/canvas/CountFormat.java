package org.perceptra.ui.canvas;

import java.util.Locale;

/** Parameter counts short enough for a node's footer: 842, 2.4k, 125k, 3.4M. */
final class CountFormat {
    private CountFormat() {
    }

    static String compact(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return trim(n / 1e3) + "k";
        }
        if (n < 1_000_000_000) {
            return trim(n / 1e6) + "M";
        }
        return trim(n / 1e9) + "G";
    }

    private static String trim(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
