package org.driftscope.app;

import javafx.scene.paint.Color;

/**
 * The plot's colours for a theme. Point colours carry meaning and stay the same in both themes; only
 * the paper and the ink around them change.
 */
record Palette(Color paper, Color ink, Color subtle, Color frame, Color highlight, Color arrow) {
    static final Palette LIGHT = new Palette(
            Color.WHITE,
            Color.web("#222222"),
            Color.web("#5a5a5a"),
            Color.web("#c4c4c4"),
            Color.web("#e6007e"),
            Color.web("#00000055"));
    static final Palette DARK = new Palette(
            Color.web("#0d1117"),
            Color.web("#e6edf3"),
            Color.web("#9da7b3"),
            Color.web("#3d444d"),
            Color.web("#ff4fa8"),
            Color.web("#ffffff55"));

    static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
