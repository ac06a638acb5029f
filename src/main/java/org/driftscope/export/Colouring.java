package org.driftscope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftscope.drift.Exposure;
import org.driftscope.plot.Figure;
import org.driftscope.session.EpochView;
import org.driftscope.session.RunSummary;
import org.driftscope.training.TrackedWords;

/** What a point's colour says about its word. */
public enum Colouring {
    /** The class whose sentences use the word most (log-odds), grey when none stands out. */
    CLASS("Class association"),
    /** How far fine-tuning moved the word's vector (cosine distance from the pretrained one). */
    DISPLACEMENT("Displacement"),
    /** Whether training could move the word, and whether it started from a pretrained vector. */
    EXPOSURE("Training exposure"),
    /** How far to believe the word's position: the share of its vector-space neighbours kept on screen. */
    TRUST("Layout trust");

    /** Up to eight classes, in Okabe and Ito's colour-blind-safe palette. */
    private static final int[] CLASS_COLOURS = {
        0xFF0072B2, 0xFFD55E00, 0xFF009E73, 0xFFCC79A7, 0xFFE69F00, 0xFF56B4E9, 0xFFF0E442, 0xFF000000
    };

    static final int GREY = 0xFFB0B0B0;
    /** A sequential ramp (viridis, five stops) for numbers from low to high. */
    private static final int[] RAMP = {0xFF440154, 0xFF3B528B, 0xFF21908C, 0xFF5DC963, 0xFFFDE725};

    private final String label;

    Colouring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The colouring a command line names: class, displacement, exposure or trust (any case).
     *
     * @throws IllegalArgumentException naming the choices, for any other text
     */
    public static Colouring parse(String text) {
        for (Colouring c : values()) {
            if (c.name().equalsIgnoreCase(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown colouring '" + text + "': use class, displacement, exposure or trust");
    }

    /**
     * The colours of an epoch's points and the key that explains them.
     *
     * @param argb one colour per tracked word
     * @param legend what the colours mean, as name to colour
     */
    public record Colours(int[] argb, List<Figure.LegendEntry> legend) {
        public Colours {
            argb = argb.clone();
            legend = List.copyOf(legend);
        }

        @Override
        public int[] argb() {
            return argb.clone();
        }
    }

    public Colours of(EpochView view) {
        return switch (this) {
            case CLASS -> byClass(view.run());
            case DISPLACEMENT -> ramp(view.drift().displacement(), "cosine displacement");
            case EXPOSURE -> byExposure(view.drift().exposure());
            case TRUST -> ramp(view.trust(), "layout trust");
        };
    }

    private static Colours byClass(RunSummary run) {
        TrackedWords tracked = run.tracked();
        int[] colours = new int[tracked.size()];
        for (int i = 0; i < colours.length; i++) {
            int c = tracked.leaning(i);
            colours[i] = c < 0 ? GREY : CLASS_COLOURS[c % CLASS_COLOURS.length];
        }
        List<Figure.LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < run.labels().size(); c++) {
            legend.add(new Figure.LegendEntry(run.labels().get(c) + " words", CLASS_COLOURS[c % CLASS_COLOURS.length]));
        }
        legend.add(new Figure.LegendEntry("unused or shared by all classes", GREY));
        return new Colours(colours, legend);
    }

    private static Colours byExposure(Exposure exposure) {
        int n = exposure.trainCounts().length;
        int[] colours = new int[n];
        for (int i = 0; i < n; i++) {
            if (!exposure.movable(i)) {
                colours[i] = GREY;
            } else {
                colours[i] = exposure.pretrained(i) ? CLASS_COLOURS[0] : CLASS_COLOURS[1];
            }
        }
        return new Colours(
                colours,
                List.of(
                        new Figure.LegendEntry("tuned, from its pretrained vector", CLASS_COLOURS[0]),
                        new Figure.LegendEntry("tuned, from a random start", CLASS_COLOURS[1]),
                        new Figure.LegendEntry("never updated", GREY)));
    }

    /** Colours values from the lowest (dark purple) to the highest (yellow) among them. */
    private static Colours ramp(double[] values, String what) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (values.length == 0) {
            lo = 0;
            hi = 0;
        }
        int[] colours = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            colours[i] = rampAt(hi > lo ? (values[i] - lo) / (hi - lo) : 0);
        }
        return new Colours(
                colours,
                List.of(
                        new Figure.LegendEntry(String.format(Locale.ROOT, "%s %.3f", what, lo), RAMP[0]),
                        new Figure.LegendEntry(String.format(Locale.ROOT, "%.3f", hi), RAMP[RAMP.length - 1])));
    }

    /** The ramp's colour at {@code t} in [0, 1], interpolated between its stops. */
    static int rampAt(double t) {
        double at = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int lo = Math.min(RAMP.length - 2, (int) at);
        double f = at - lo;
        int a = RAMP[lo];
        int b = RAMP[lo + 1];
        int red = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int green = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int blue = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return 0xFF000000 | (red << 16) | (green << 8) | blue;
    }
}
