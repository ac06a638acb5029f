package org.driftscope.plot;

import java.util.List;
import java.util.Set;

/**
 * A side-by-side figure: the same words in two panels that share one coordinate frame, so a point
 * that sits elsewhere on the right really moved.
 *
 * @param heading one line above both panels
 * @param subheading a second, lighter line (watched pairs), or empty
 * @param words one per point, in layout order
 * @param colours one 0xAARRGGBB per point
 * @param labelled indices of the points whose word is written beside them
 * @param left usually the frozen vectors
 * @param right usually the fine-tuned vectors
 * @param legend colour keys drawn under the heading, as "name" to colour
 */
public record Figure(
        String heading,
        String subheading,
        List<String> words,
        int[] colours,
        Set<Integer> labelled,
        PanelData left,
        PanelData right,
        List<LegendEntry> legend) {
    public Figure {
        words = List.copyOf(words);
        colours = colours.clone();
        labelled = Set.copyOf(labelled);
        legend = List.copyOf(legend);
        if (colours.length != words.size()
                || left.layout().size() != words.size()
                || right.layout().size() != words.size()) {
            throw new IllegalArgumentException("words, colours and both layouts must agree in size");
        }
    }

    @Override
    public int[] colours() {
        return colours.clone();
    }

    int colour(int i) {
        return colours[i];
    }

    /** A colour key. */
    public record LegendEntry(String name, int argb) {}
}
