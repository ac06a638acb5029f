package org.driftscope.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.driftscope.projection.Layout;
import org.junit.jupiter.api.Test;

/** What a figure points out, asserted on where the shapes land. */
class FigureRendererTest {
    /** Every call, as its name and numbers (and text, for text). */
    private record Call(String op, double[] v, String text) {}

    private static final class Recorder implements Painter {
        final List<Call> calls = new ArrayList<>();

        @Override
        public void fillRect(double x, double y, double w, double h, int argb) {}

        @Override
        public void strokeRect(double x, double y, double w, double h, int argb, double width) {
            calls.add(new Call("frame", new double[] {x, y, w, h}, null));
        }

        @Override
        public void fillCircle(double cx, double cy, double r, int argb) {
            calls.add(new Call(r == 3.5 ? "dot" : "key", new double[] {cx, cy}, null));
        }

        @Override
        public void strokeCircle(double cx, double cy, double r, int argb, double width) {
            calls.add(new Call(argb == FigureRenderer.GHOST ? "ghost" : "ring", new double[] {cx, cy}, null));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, int argb, double width) {
            calls.add(new Call(argb == FigureRenderer.LINK ? "link" : "line", new double[] {x1, y1, x2, y2}, null));
        }

        @Override
        public void text(double x, double y, String text, double size, boolean bold, int argb) {
            calls.add(new Call("text", new double[] {x, y}, text));
        }

        List<Call> of(String op) {
            return calls.stream().filter(c -> c.op().equals(op)).toList();
        }
    }

    private static Recorder paint() {
        Layout before = new Layout(new double[] {0, 0, 4, 0, 0, 4, 4, 4});
        Layout after = new Layout(new double[] {4, 2, 4, 0, 0, 4, 4, 4});
        Figure figure = new Figure(
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
        Recorder r = new Recorder();
        FigureRenderer.paint(figure, r, 1000, 600);
        return r;
    }

    @Test
    void theMostMovedWordGetsAGhostAtItsFrozenPlaceAndAnArrowToItsNewOne() {
        Recorder r = paint();
        List<Call> frames = r.of("frame");
        List<Call> dots = r.of("dot");
        double shift = frames.get(1).v()[0] - frames.get(0).v()[0];
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
        double rightEdge = r.of("frame").get(1).v()[0];

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

        assertThat(r.of("frame").get(0).v()[1]).isGreaterThan(notes.v()[1]);
        assertThat(r.of("frame").get(1).v()[1]).isEqualTo(r.of("frame").get(0).v()[1]);
    }
}
