package org.driftscope.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftscope.io.AtomicFile;
import org.driftscope.plot.Camera;
import org.driftscope.plot.Figure;
import org.driftscope.plot.GifWriter;
import org.driftscope.plot.PanelData;
import org.driftscope.plot.PngExporter;
import org.driftscope.plot.Scene;
import org.driftscope.plot.Theme;
import org.driftscope.projection.Layout;
import org.driftscope.session.EpochView;

/**
 * The run as a moving picture: every epoch in turn, the tuned panel sliding from one epoch's layout to
 * the next as the app's replay does (the same easing), each epoch held a moment. One frame for all
 * epochs, so a word that sits still on screen did not move. Written as an animated GIF, or as numbered
 * PNGs for tools that make video.
 */
public final class Animation {
    /** Frames of each slide from one epoch to the next. */
    public static final int STEPS = 8;

    /** How long each slide frame shows, and how long each epoch is held. */
    public static final int STEP_MILLIS = 60;

    public static final int HOLD_MILLIS = 900;

    /** The animation's size: smaller than a still figure, as animated pictures are shared. */
    public static final int WIDTH = 1120;

    public static final int HEIGHT = 640;

    private Animation() {}

    /** One frame: the picture and how long it shows. */
    public record Frame(Scene scene, int millis) {}

    /** Every frame of the run's animation, points coloured as asked. */
    public static List<Frame> frames(List<EpochView> epochs, Colouring colouring) {
        if (epochs.isEmpty()) {
            throw new IllegalArgumentException("no epochs to animate");
        }
        List<Layout> all = new ArrayList<>();
        all.add(epochs.get(0).frozen());
        epochs.forEach(e -> all.add(e.tuned()));
        Camera camera = Camera.fitting(Camera.Bounds.of(all));
        List<Frame> frames = new ArrayList<>();
        for (int e = 0; e < epochs.size(); e++) {
            Figure figure = SnapshotFigure.of(epochs.get(e), colouring);
            if (e > 0) {
                Layout from = epochs.get(e - 1).tuned();
                Layout to = epochs.get(e).tuned();
                for (int k = 1; k < STEPS; k++) {
                    double t = (double) k / STEPS;
                    double eased = t * t * (3 - 2 * t);
                    Figure sliding =
                            figure.withRight(new PanelData(figure.right().title(), Layout.between(from, to, eased)));
                    frames.add(new Frame(scene(sliding, camera), STEP_MILLIS));
                }
            }
            frames.add(new Frame(scene(figure, camera), HOLD_MILLIS));
        }
        return frames;
    }

    private static Scene scene(Figure figure, Camera camera) {
        return new Scene(
                figure,
                camera,
                new int[0],
                java.util.Set.of(),
                -1,
                -1,
                java.util.Map.of(),
                false,
                List.of(),
                Theme.LIGHT);
    }

    /** Writes the animation as a looping GIF. */
    public static void gif(List<EpochView> epochs, Colouring colouring, Path target) throws IOException {
        List<Frame> frames = frames(epochs, colouring);
        AtomicFile.write(target, out -> {
            try (GifWriter gif = new GifWriter(out)) {
                for (Frame f : frames) {
                    gif.frame(PngExporter.render(f.scene(), WIDTH, HEIGHT, 1, BufferedImage.TYPE_INT_RGB), f.millis());
                }
            }
        });
    }

    /**
     * Writes the frames as numbered PNGs beside {@code first} ({@code run.png} gives {@code run-000.png},
     * {@code run-001.png}, ...), each frame once, for a video tool to play at a fixed rate.
     *
     * @return the files written
     */
    public static List<Path> pngs(List<EpochView> epochs, Colouring colouring, Path first) throws IOException {
        List<Frame> frames = frames(epochs, colouring);
        String name = first.getFileName().toString().replaceFirst("\\.png$", "");
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Path file = first.resolveSibling(String.format(java.util.Locale.ROOT, "%s-%03d.png", name, i));
            PngExporter.write(frames.get(i).scene(), file, WIDTH, HEIGHT, 1);
            written.add(file);
        }
        return written;
    }
}
