package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftscope.projection.Layout;
import org.junit.jupiter.api.Test;

/** What a picture points out, asserted on where the shapes land. */
class SceneRendererTest {
    private static final double W = 1000;
    private static final double H = 600;

    /** Every call, as its name and numbers (and text, for text). */
    private record Call(String op, double[] v, String text, int argb) {}

    private static final class Recorder implements Painter {
        final List<Call> calls = new ArrayList<>();

        @Override
        public void fillRect(double x, double y, double w, double h, int argb) {}

        @Override
        public void strokeRect(double x, double y, double w, double h, int argb, double width) {}

        @Override
        public void fillCircle(double cx, double cy, double r, int argb) {
            calls.add(new Call("disc", new double[] {cx, cy, r}, null, argb));
        }

        @Override
        public void strokeCircle(double cx, double cy, double r, int argb, double width) {
            calls.add(new Call(
                    argb == Theme.LIGHT.subtle() && r == 4 ? "ghost" : "ring", new double[] {cx, cy, r}, null, argb));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int argb, double width) {
            calls.add(
                    new Call(argb == SceneRenderer.LINK ? "link" : "line", new double[] {x1, y1, x2, y2}, null, argb));
        }

        @Override
        public void text(double x, double y, String text, double size, boolean bold, int argb) {
            calls.add(new Call("text", new double[] {x, y}, text, argb));
        }

        @Override
        public void points(double bx, double by, double bw, double bh, double[] x, double[] y, int[] argb, double r) {
            for (int i = 0; i < x.length; i++) {
                calls.add(new Call("dot", new double[] {bx + x[i], by + y[i]}, null, argb[i]));
            }
        }

        List<Call> of(String op) {
            return calls.stream().filter(c -> c.op().equals(op)).toList();
        }
    }

    private static Figure figure() {
        Layout before = new Layout(new double[] {0, 0, 4, 0, 0, 4, 4, 4});
        Layout after = new Layout(new double[] {4, 2, 4, 0, 0, 4, 4, 4});
        return new Figure(
                "heading",
                "pairs",
                List.of("alps", "vienna", "kathmandu", "yak"),
                new int[] {0xFF000000, 0xFF000000, 0xFF000000, 0xFF000000},
                Set.of(0),
                new PanelData("frozen", before),
                new PanelData("tuned", after),
                List.of(),
                new Figure.Marks(
                        List.of("most moved: alps", "picture fidelity: fine"),
                        new int[] {0},
                        List.of(new Figure.Link(1, 2, "cos 0.97", "cos 0.46"))));
    }

    private static Recorder paint(Scene scene) {
        Recorder r = new Recorder();
        SceneRenderer.paint(scene, r, W, H);
        return r;
    }

    private static Recorder paint() {
        return paint(Scene.plain(figure()));
    }

    private static double shift() {
        return SceneRenderer.panel(1, W, H).x() - SceneRenderer.panel(0, W, H).x();
    }

    @Test
    void theMostMovedWordGetsAGhostAtItsFrozenPlaceAndAnArrowToItsNewOne() {
        Recorder r = paint();
        List<Call> dots = r.of("dot");
        double shift = shift();
        Call ghost = r.of("ghost").get(0);

        // the ghost sits in the tuned panel where the word's dot is in the frozen panel
        assertThat(ghost.v()[0]).isCloseTo(dots.get(0).v()[0] + shift, within(1e-9));
        assertThat(ghost.v()[1]).isCloseTo(dots.get(0).v()[1], within(1e-9));
        // an arrow leaves the ghost towards the word's tuned dot
        Call tuned = dots.get(4);
        Call arrow = r.of("line").stream()
                .filter(c -> c.v()[0] == ghost.v()[0] && c.v()[1] == ghost.v()[1])
                .findFirst()
                .orElseThrow();
        double ax = arrow.v()[2] - arrow.v()[0];
        double ay = arrow.v()[3] - arrow.v()[1];
        double tx = tuned.v()[0] - ghost.v()[0];
        double ty = tuned.v()[1] - ghost.v()[1];
        assertThat((ax * tx + ay * ty) / Math.hypot(ax, ay) / Math.hypot(tx, ty))
                .isCloseTo(1, within(1e-9));
        assertThat(Math.hypot(ax, ay)).isLessThan(Math.hypot(tx, ty));
        assertThat(r.of("ghost")).hasSize(1);
    }

    @Test
    void aWatchedPairIsJoinedInBothPanelsAndLabelledWithItsCosineThere() {
        Recorder r = paint();
        List<Call> dots = r.of("dot");
        List<Call> links = r.of("link");
        double rightEdge = SceneRenderer.panel(1, W, H).x();

        assertThat(links).hasSize(2);
        for (int panel = 0; panel < 2; panel++) {
            Call a = dots.get(4 * panel + 1);
            Call b = dots.get(4 * panel + 2);
            assertThat(links.get(panel).v()).containsExactly(a.v()[0], a.v()[1], b.v()[0], b.v()[1]);
        }
        Call left = r.of("text").stream()
                .filter(c -> c.text().equals("cos 0.97"))
                .findFirst()
                .orElseThrow();
        Call right = r.of("text").stream()
                .filter(c -> c.text().equals("cos 0.46"))
                .findFirst()
                .orElseThrow();
        assertThat(left.v()[0]).isLessThan(rightEdge);
        assertThat(right.v()[0]).isGreaterThan(rightEdge);
    }

    @Test
    void theHeaderCarriesTheNotesAndThePanelsStartBelowThem() {
        Recorder r = paint();
        Call notes = r.of("text").stream()
                .filter(c -> c.text().startsWith("picture fidelity"))
                .findFirst()
                .orElseThrow();

        assertThat(SceneRenderer.panel(0, W, H).y()).isGreaterThan(notes.v()[1]);
        assertThat(SceneRenderer.panel(1, W, H).y())
                .isEqualTo(SceneRenderer.panel(0, W, H).y());
    }

    @Test
    void aPlainPictureHasEveryPointOfBothLayoutsInsideItsPanel() {
        List<Call> dots = paint().of("dot");

        assertThat(dots).hasSize(8);
        for (int i = 0; i < dots.size(); i++) {
            var box = SceneRenderer.panel(i / 4, W, H);
            assertThat(box.contains(dots.get(i).v()[0], dots.get(i).v()[1]))
                    .as("dot %d", i)
                    .isTrue();
        }
    }

    @Test
    void aSearchedWordIsRingedInBothPanelsAndTheOthersFade() {
        Scene plain = Scene.plain(figure());
        Scene searched = new Scene(
                plain.figure(), plain.camera(), new int[0], Set.of(2), -1, -1, Map.of(), false, List.of(), Theme.LIGHT);

        Recorder r = paint(searched);

        List<Call> dots = r.of("dot");
        List<Call> rings = r.of("ring").stream()
                .filter(c -> c.argb() == Theme.LIGHT.highlight())
                .toList();
        assertThat(rings).hasSize(2);
        for (int panel = 0; panel < 2; panel++) {
            Call dot = dots.get(4 * panel + 2);
            assertThat(rings.get(panel).v()[0]).isEqualTo(dot.v()[0]);
            assertThat(rings.get(panel).v()[1]).isEqualTo(dot.v()[1]);
            assertThat(dots.get(4 * panel).argb() >>> 24).as("faded").isLessThan(0xFF);
            assertThat(dot.argb() >>> 24).isEqualTo(0xFF);
        }
    }

    @Test
    void zoomingInSpreadsThePointsAboutTheCentre() {
        Scene plain = Scene.plain(figure());
        Camera near = plain.camera()
                .zoomAbout(
                        2,
                        SceneRenderer.panel(0, W, H).w() / 2,
                        SceneRenderer.panel(0, W, H).h() / 2,
                        SceneRenderer.panel(0, W, H).w(),
                        SceneRenderer.panel(0, W, H).h());
        Scene zoomed =
                new Scene(plain.figure(), near, new int[0], Set.of(), -1, -1, Map.of(), false, List.of(), Theme.LIGHT);

        List<Call> far = paint(plain).of("dot");
        List<Call> close = paint(zoomed).of("dot");

        double before = Math.hypot(
                far.get(3).v()[0] - far.get(0).v()[0],
                far.get(3).v()[1] - far.get(0).v()[1]);
        double after = Math.hypot(
                close.get(3).v()[0] - close.get(0).v()[0],
                close.get(3).v()[1] - close.get(0).v()[1]);
        assertThat(after).isCloseTo(2 * before, within(1e-6));
    }

    @Test
    void anAddedWordIsADiamondWithItsLabelAndOnlyInTheFrozenPanelWhenItsTunedPlaceIsUnknown() {
        Scene plain = Scene.plain(figure());
        Scene added = new Scene(
                plain.figure(),
                plain.camera(),
                new int[0],
                Set.of(),
                -1,
                -1,
                Map.of(),
                false,
                List.of(new Scene.Added("fondue", 2, 2, Double.NaN, Double.NaN)),
                Theme.LIGHT);

        Recorder r = paint(added);

        List<Call> labels =
                r.of("text").stream().filter(c -> "fondue".equals(c.text())).toList();
        assertThat(labels).hasSize(1);
        assertThat(labels.get(0).v()[0]).isLessThan(SceneRenderer.panel(1, W, H).x());
        long diamond = r.of("line").stream()
                .filter(c -> c.argb() == Theme.LIGHT.highlight())
                .count();
        assertThat(diamond).isEqualTo(4);
    }
}
