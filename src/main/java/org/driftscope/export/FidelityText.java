package org.driftscope.export;

import java.util.Locale;
import org.driftscope.projection.Fidelity;

/** The picture's fidelity in words, the same in figures, CSV headers and the app. */
public final class FidelityText {
    private FidelityText() {}

    /** One line: "false motion 0.0% of the plot, neighbourhoods r 0.50, pairs r 0.80, 10-NN kept 71%". */
    public static String of(Fidelity f) {
        return String.format(
                Locale.ROOT,
                "false motion %.1f%% of the plot, neighbourhoods r %s, pairs r %s, 10-NN kept %s",
                100 * f.falseMotion(),
                r(f.neighbourhood()),
                r(f.pairs()),
                Double.isNaN(f.preservation()) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * f.preservation()));
    }

    private static String r(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
