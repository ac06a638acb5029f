package org.driftscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.projection.Layout;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.session.EpochView;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run as a moving picture (issue 22): every epoch in turn, sliding into the next, in one frame. */
@Tag("slow")
class AnimationTest {
    private static List<EpochView> epochs;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        epochs = Runs.complete(
                Workspace.open(SampleCatalog.find("mountains").orElseThrow()),
                RunConfig.defaults().withEpochs(2));
    }

    @Test
    void theFramesHoldEachEpochAndSlideBetweenThemInOneFrame() {
        List<Animation.Frame> frames = Animation.frames(epochs, Colouring.CLASS);

        // epoch 0 held, then for each later epoch the slides into it and the epoch held
        assertThat(frames).hasSize(1 + 2 * Animation.STEPS);
        assertThat(frames.get(0).scene().figure().right().layout().xy())
                .containsExactly(epochs.get(0).tuned().xy());
        assertThat(frames.get(frames.size() - 1)
                        .scene()
                        .figure()
                        .right()
                        .layout()
                        .xy())
                .containsExactly(epochs.get(2).tuned().xy());
        assertThat(frames.stream().map(f -> f.scene().camera()).distinct()).hasSize(1);
        // a slide frame lies between the epochs it joins, word by word
        Layout from = epochs.get(1).tuned();
        Layout to = epochs.get(2).tuned();
        Layout middle = frames.get(Animation.STEPS + Animation.STEPS / 2)
                .scene()
                .figure()
                .right()
                .layout();
        for (int i = 0; i < middle.size(); i++) {
            assertThat(middle.x(i)).isBetween(Math.min(from.x(i), to.x(i)) - 1e-9, Math.max(from.x(i), to.x(i)) + 1e-9);
        }
        assertThat(frames.get(Animation.STEPS).millis())
                .as("an epoch is held")
                .isGreaterThan(frames.get(1).millis());
    }

    @Test
    void theGifReadsBackWithEveryFrameAndLoops() throws Exception {
        Path gif = dir.resolve("run.gif");

        Animation.gif(epochs, Colouring.CLASS, gif);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(1 + 2 * Animation.STEPS);
            var first = reader.read(0);
            assertThat(first.getWidth()).isEqualTo(Animation.WIDTH);
            String tree = dump((javax.imageio.metadata.IIOMetadataNode)
                    reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertThat(tree).contains("NETSCAPE");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void numberedFramesAreWrittenBesideTheNameGiven() throws Exception {
        List<Path> files = Animation.pngs(epochs.subList(0, 2), Colouring.CLASS, dir.resolve("run.png"));

        assertThat(files).hasSize(1 + Animation.STEPS);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("run-000.png");
        for (Path f : files) {
            assertThat(ImageIO.read(f.toFile()).getHeight()).isEqualTo(Animation.HEIGHT);
        }
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder s = new StringBuilder(node.getNodeName());
        var attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            s.append(' ').append(attributes.item(i).getNodeValue());
        }
        for (var c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            s.append('\n').append(dump(c));
        }
        return s.toString();
    }
}
