package org.driftscope.plot;

import java.util.List;
import java.util.Objects;
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
 * @param drift what points the picture at the drift: the top movers and the watched pairs
 * @param extras more tuned panels to the right of {@code right}, in the same frame: other runs compared
 *     with the first (empty for one run)
 */
public record Figure(
        String heading,
        String subheading,
        List<String> words,
        int[] colours,
        Set<Integer> labelled,
        PanelData left,
        PanelData right,
        List<LegendEntry> legend,
        Marks drift,
        List<Extra> extras) {
    /** A figure of one run: the frozen and the tuned panel. */
    public Figure(
            String heading,
            String subheading,
            List<String> words,
            int[] colours,
            Set<Integer> labelled,
            PanelData left,
            PanelData right,
            List<LegendEntry> legend,
            Marks drift) {
        this(heading, subheading, words, colours, labelled, left, right, legend, drift, List.of());
    }

    public Figure {
        extras = List.copyOf(extras);
        for (Extra e : extras) {
            if (e.panel().layout().size() != words.size()) {
                throw new IllegalArgumentException("every panel draws the same words");
            }
            for (int i : e.movers()) {
                if (i < 0 || i >= words.size()) {
                    throw new IllegalArgumentException("mover " + i + " is not one of the " + words.size() + " words");
                }
            }
            if (e.linkLabels().size() != drift.links().size()) {
                throw new IllegalArgumentException("a label per watched pair in every panel");
            }
        }
        words = List.copyOf(words);
        colours = colours.clone();
        labelled = Set.copyOf(labelled);
        legend = List.copyOf(legend);
        Objects.requireNonNull(drift, "drift");
        if (colours.length != words.size()
                || left.layout().size() != words.size()
                || right.layout().size() != words.size()) {
            throw new IllegalArgumentException("words, colours and both layouts must agree in size");
        }
        for (int i : drift.movers()) {
            if (i < 0 || i >= words.size()) {
                throw new IllegalArgumentException("mover " + i + " is not one of the " + words.size() + " words");
            }
        }
        for (Link l : drift.links()) {
            if (l.a() < 0 || l.a() >= words.size() || l.b() < 0 || l.b() >= words.size()) {
                throw new IllegalArgumentException("a linked pair names a point that is not drawn");
            }
        }
    }

    @Override
    public int[] colours() {
        return colours.clone();
    }

    int colour(int i) {
        return colours[i];
    }

    /** The same figure with another right panel (an animation frame between two epochs). */
    public Figure withRight(PanelData panel) {
        return new Figure(heading, subheading, words, colours, labelled, left, panel, legend, drift, extras);
    }

    /** Panels drawn side by side: the frozen one, the tuned one and the extras. */
    public int panels() {
        return 2 + extras.size();
    }

    /** Panel {@code which}: 0 the left, 1 the right, then the extras. */
    public PanelData panel(int which) {
        return which == 0 ? left : which == 1 ? right : extras.get(which - 2).panel();
    }

    /** The words marked as most moved in tuned panel {@code which} (1 or an extra). */
    int[] movers(int which) {
        return which == 1 ? drift.movers() : extras.get(which - 2).movers();
    }

    /** Watched pair {@code k}'s label in panel {@code which}. */
    String linkLabel(int which, int k) {
        Link l = drift.links().get(k);
        return which == 0
                ? l.leftLabel()
                : which == 1
                        ? l.rightLabel()
                        : extras.get(which - 2).linkLabels().get(k);
    }

    /**
     * Another run's tuned panel beside the first.
     *
     * @param panel its title and layout, in the left panel's frame
     * @param movers the words that moved most in that run
     * @param linkLabels per watched pair (in the order of {@link Marks#links()}), its label in this panel
     */
    public record Extra(PanelData panel, int[] movers, List<String> linkLabels) {
        public Extra {
            Objects.requireNonNull(panel, "panel");
            movers = movers.clone();
            linkLabels = List.copyOf(linkLabels);
        }

        @Override
        public int[] movers() {
            return movers.clone();
        }
    }

    /** A colour key. */
    public record LegendEntry(String name, int argb) {}

    /**
     * Two points joined by a line in both panels, each end labelled with the pair's number there.
     *
     * @param a one point
     * @param b the other
     * @param leftLabel written at the middle of the line in the left panel (the frozen cosine)
     * @param rightLabel likewise in the right panel (the cosine now)
     */
    public record Link(int a, int b, String leftLabel, String rightLabel) {
        public Link {
            Objects.requireNonNull(leftLabel, "leftLabel");
            Objects.requireNonNull(rightLabel, "rightLabel");
        }
    }

    /**
     * What the picture points out.
     *
     * @param notes header lines below the subheading (the most moved words, the picture's fidelity)
     * @param movers the words that moved most: in the right panel a faint ghost at their left-panel place
     *     and an arrow to where they are now
     * @param links watched pairs, joined in both panels
     */
    public record Marks(List<String> notes, int[] movers, List<Link> links) {
        public static final Marks NONE = new Marks(List.of(), new int[0], List.of());

        public Marks {
            notes = List.copyOf(notes);
            movers = movers.clone();
            links = List.copyOf(links);
        }

        @Override
        public int[] movers() {
            return movers.clone();
        }
    }
}
