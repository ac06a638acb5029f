package org.driftscope.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.driftscope.io.AtomicFile;

/** Writes a picture as a PNG, drawn by the same {@link SceneRenderer} as the window's canvas. */
public final class PngExporter {
    private PngExporter() {}

    /**
     * @param scale pixels per layout unit: 2 gives a sharp image for high-density screens and print
     */
    public static void write(Scene scene, Path target, int width, int height, double scale) throws IOException {
        BufferedImage image = render(scene, width, height, scale, BufferedImage.TYPE_INT_ARGB);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available in this Java runtime");
            }
        });
    }

    /** The picture as an image of {@code scale} times its size, of the given {@link BufferedImage} type. */
    public static BufferedImage render(Scene scene, int width, int height, double scale, int type) {
        BufferedImage image =
                new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), type);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            SceneRenderer.paint(scene, new AwtPainter(g), width, height);
        } finally {
            g.dispose();
        }
        return image;
    }
}
