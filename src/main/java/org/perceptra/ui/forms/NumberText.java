package org.perceptra.ui.forms;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a field shows them: plain decimals a student can read and retype ("0.001", not "1.0E-3"), with
 * scientific notation only where plain digits would run long. Always with a dot, whatever the machine's locale,
 * because the same text is parsed back.
 */
public final class NumberText {
    private NumberText() {
    }

    public static String of(Object value) {
        if (value instanceof Double d) {
            return of(d.doubleValue());
        }
        return String.valueOf(value);
    }

    public static String of(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d);
        }
        if (d == 0) {
            return "0";
        }
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e9) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(d);
    }

    /** Counts with thousands separators, for reading: "1,234,567". */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
