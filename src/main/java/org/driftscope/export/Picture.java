package org.driftscope.export;

import java.util.Objects;
import org.driftscope.plot.Scene;

/**
 * A picture as the window shows it, for an export to write as it is: the scene (colouring, zoom,
 * search, selection, arrows, trails, added words, theme) and the plot's size, whose aspect the file
 * keeps.
 */
public record Picture(Scene scene, int width, int height) {
    public Picture {
        Objects.requireNonNull(scene, "scene");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture of " + width + " x " + height + " pixels");
        }
    }
}
