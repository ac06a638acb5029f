package org.driftscope.plot;

/**
 * The plot's colours for a theme, 0xAARRGGBB. Point colours carry meaning and stay the same in both
 * themes; only the paper and the ink around them change.
 */
public record Theme(int paper, int ink, int subtle, int frame, int highlight, int arrow) {
    public static final Theme LIGHT = new Theme(0xFFFFFFFF, 0xFF222222, 0xFF5A5A5A, 0xFFC4C4C4, 0xFFE6007E, 0x55000000);
    public static final Theme DARK = new Theme(0xFF0D1117, 0xFFE6EDF3, 0xFF9DA7B3, 0xFF3D444D, 0xFFFF4FA8, 0x55FFFFFF);

    public static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
