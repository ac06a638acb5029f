package org.driftscope.plot;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one picture of an epoch shows, on screen or in a file: the figure and the user's view of
 * it. The window paints its scene; an export paints the same scene, so the file is what the screen
 * showed.
 *
 * @param figure words, colours, titles and the two layouts
 * @param camera zoom and centre, shared by both panels
 * @param order word indices from most to least moved, for labelling when zoomed in
 * @param matches words the search found
 * @param selected the selected word, or -1
 * @param hovered the word under the pointer, or -1
 * @param trails per trailed word, its tuned x, y from epoch 0 to the epoch shown
 * @param arrows draw arrows from each word's frozen position to its tuned one
 * @param added words that are not drawn, placed among their nearest drawn words
 * @param theme paper and ink
 */
public record Scene(
        Figure figure,
        Camera camera,
        int[] order,
        Set<Integer> matches,
        int selected,
        int hovered,
        Map<Integer, double[]> trails,
        boolean arrows,
        List<Added> added,
        Theme theme) {
    /**
     * A word added to the picture from the table: where it goes in each panel.
     *
     * @param tunedX NaN when the run keeps no table for the epoch shown; then it is only in the frozen panel
     */
    public record Added(String word, double frozenX, double frozenY, double tunedX, double tunedY) {
        public boolean inTuned() {
            return !Double.isNaN(tunedX);
        }
    }

    public Scene {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(theme, "theme");
        matches = Set.copyOf(matches);
        trails = Map.copyOf(trails);
        added = List.copyOf(added);
        order = order.clone();
    }

    /**
     * The figure as a file shows it when no one has looked at it: both layouts in view, nothing selected,
     * searched or trailed, the light theme.
     */
    public static Scene plain(Figure figure) {
        List<org.driftscope.projection.Layout> layouts = new java.util.ArrayList<>();
        for (int which = 0; which < figure.panels(); which++) {
            layouts.add(figure.panel(which).layout());
        }
        Camera camera = Camera.fitting(Camera.Bounds.of(layouts));
        return new Scene(figure, camera, new int[0], Set.of(), -1, -1, Map.of(), false, List.of(), Theme.LIGHT);
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    /** The same scene in another theme (files are written in the light one unless asked). */
    public Scene withTheme(Theme other) {
        return new Scene(figure, camera, order, matches, selected, hovered, trails, arrows, added, other);
    }
}
