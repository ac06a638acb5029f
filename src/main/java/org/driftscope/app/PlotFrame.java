package org.driftscope.app;

import java.util.Set;
import org.driftscope.plot.Camera;
import org.driftscope.plot.Figure;

/**
 * Everything one painted frame of the plot shows: the figure (words, colours, both layouts, the tuned
 * one possibly part-way through an animation) and the user's view of it.
 *
 * @param figure words, colours, titles and the two layouts
 * @param camera zoom and centre, shared by both panels
 * @param order word indices from most to least moved, for labelling when zoomed in
 * @param matches words the search found
 * @param selected the selected word, or -1
 * @param hovered the word under the pointer, or -1
 * @param trails per trailed word, its tuned x, y from epoch 0 to the epoch shown
 * @param arrows draw arrows from each word's frozen position to its tuned one
 * @param added words of the table that are not drawn, placed among their nearest drawn words
 * @param palette paper and ink
 */
record PlotFrame(
        Figure figure,
        Camera camera,
        int[] order,
        Set<Integer> matches,
        int selected,
        int hovered,
        java.util.Map<Integer, double[]> trails,
        boolean arrows,
        java.util.List<org.driftscope.session.Undrawn.Placed> added,
        Palette palette) {}
