package org.driftscope.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.driftscope.io.AtomicFile;

/** Writes a picture as SVG, drawn by the same {@link SceneRenderer} as the window and the PNG. */
public final class SvgExporter {
    private SvgExporter() {}

    /**
     * @param description written into the SVG's {@code <desc>} (provenance), may be empty
     */
    public static void write(Scene scene, Path target, int width, int height, String description) throws IOException {
        SvgPainter painter = new SvgPainter();
        SceneRenderer.paint(scene, painter, width, height);
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(
                        Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
                        width,
                        height,
                        width,
                        height)
                + "<desc>" + SvgPainter.escape(description) + "</desc>\n"
                + painter.body()
                + "</svg>\n";
        AtomicFile.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Collects SVG elements. */
    private static final class SvgPainter implements Painter {
        private final StringBuilder body = new StringBuilder();

        String body() {
            return body.toString();
        }

        private static String colour(int argb) {
            return String.format(
                    Locale.ROOT, "#%06x\" fill-opacity=\"%.3f", argb & 0xFFFFFF, ((argb >>> 24) & 0xFF) / 255.0);
        }

        private static String stroke(int argb) {
            return String.format(
                    Locale.ROOT, "#%06x\" stroke-opacity=\"%.3f", argb & 0xFFFFFF, ((argb >>> 24) & 0xFF) / 255.0);
        }

        @Override
        public void fillRect(double x, double y, double w, double h, int argb) {
            body.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>%n",
                    x,
                    y,
                    w,
                    h,
                    colour(argb)));
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, int argb, double width) {
            body.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\""
                            + " stroke=\"%s\" stroke-width=\"%.2f\"/>%n",
                    x,
                    y,
                    w,
                    h,
                    stroke(argb),
                    width));
        }

        @Override
        public void fillCircle(double cx, double cy, double r, int argb) {
            body.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\"/>%n",
                    cx,
                    cy,
                    r,
                    colour(argb)));
        }

        @Override
        public void strokeCircle(double cx, double cy, double r, int argb, double width) {
            body.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"none\" stroke=\"%s\""
                            + " stroke-width=\"%.2f\"/>%n",
                    cx,
                    cy,
                    r,
                    stroke(argb),
                    width));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int argb, double width) {
            body.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\""
                            + " stroke-width=\"%.2f\"/>%n",
                    x1,
                    y1,
                    x2,
                    y2,
                    stroke(argb),
                    width));
        }

        @Override
        public void text(double x, double y, String text, double size, boolean bold, int argb) {
            body.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\"%s fill=\"%s\">%s</text>%n",
                    x,
                    y,
                    size,
                    bold ? " font-weight=\"bold\"" : "",
                    colour(argb),
                    escape(text)));
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
