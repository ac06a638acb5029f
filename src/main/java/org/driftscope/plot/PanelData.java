package org.driftscope.plot;

import java.util.Objects;
import org.driftscope.projection.Layout;

/**
 * One panel of a figure.
 *
 * @param title shown above the panel
 * @param layout one point per word, in the figure's shared frame
 */
public record PanelData(String title, Layout layout) {
    public PanelData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(layout, "layout");
    }
}
