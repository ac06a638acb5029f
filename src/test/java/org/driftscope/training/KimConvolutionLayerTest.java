package org.driftscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The faster convolution, which pools over time itself, computes the outputs and the gradients of DL4J's
 * own convolution followed by DL4J's max pooling.
 */
class KimConvolutionLayerTest {
    private static final int VOCABULARY = 40;
    private static final int DIMENSION = 6;
    private static final int LENGTH = 9;
    private static final int WIDTH = 3;
    private static final int FILTERS = 5;
    private static final int BATCH = 7;

    @Test
    void gradientsMatchDl4jsConvolutionWhenTheTableIsTrained() {
        compare(true);
    }

    @Test
    void gradientsOfTheWeightsMatchWhenTheTableIsFrozen() {
        compare(false);
    }

    private static void compare(boolean trainedTable) {
        Convolution1DLayer conv = new Convolution1DLayer.Builder()
                .kernelSize(WIDTH)
                .nIn(DIMENSION)
                .nOut(FILTERS)
                .activation(Activation.RELU)
                .rnnDataFormat(RNNFormat.NCW)
                .build();
        ComputationGraph reference = graph(conv, trainedTable, true);
        ComputationGraph fast = graph(KimConvolution.of(conv, trainedTable), trainedTable, false);
        fast.setParams(reference.params());
        assertTrue(fast.getLayer("conv") instanceof KimConvolutionLayer);

        Random random = new Random(7);
        float[] tokens = new float[BATCH * LENGTH];
        for (int i = 0; i < tokens.length; i++) {
            // Some zero padding at the ends, as real batches have.
            tokens[i] = i % LENGTH > 6 ? 0 : 1 + random.nextInt(VOCABULARY - 1);
        }
        float[] labels = new float[BATCH * 2];
        for (int s = 0; s < BATCH; s++) {
            labels[s * 2 + s % 2] = 1;
        }
        INDArray features = Nd4j.create(tokens, new long[] {BATCH, LENGTH}, 'c');
        INDArray oneHot = Nd4j.create(labels, new long[] {BATCH, 2}, 'c');
        assertArrayEquals(
                reference.output(features)[0].reshape(-1).toFloatVector(),
                fast.output(features)[0].reshape(-1).toFloatVector(),
                1e-6f,
                "class probabilities");
        float[] expected = gradient(reference, features, oneHot);
        float[] actual = gradient(fast, features, oneHot);
        assertEquals(expected.length, actual.length);
        double largest = 0;
        for (float g : expected) {
            largest = Math.max(largest, Math.abs(g));
        }
        assertTrue(largest > 0, "the reference gradient is not all zero");
        assertArrayEquals(expected, actual, (float) (1e-5 * largest));
    }

    private static float[] gradient(ComputationGraph net, INDArray features, INDArray labels) {
        net.setInputs(features);
        net.setLabels(labels);
        net.computeGradientAndScore();
        return net.gradient().gradient().dup().reshape(-1).toFloatVector();
    }

    private static ComputationGraph graph(Layer conv, boolean trainedTable, boolean poolingLayer) {
        EmbeddingSequenceLayer table = new EmbeddingSequenceLayer.Builder()
                .nIn(VOCABULARY)
                .nOut(DIMENSION)
                .hasBias(false)
                .inputLength(LENGTH)
                .outputDataFormat(RNNFormat.NCW)
                .build();
        var graph = new NeuralNetConfiguration.Builder()
                .seed(3)
                .dataType(DataType.FLOAT)
                .updater(new Sgd(0.1))
                .graphBuilder()
                .addInputs("in")
                .addLayer("table", trainedTable ? table : new FrozenLayer(table), "in")
                .addLayer("conv", conv, "table");
        if (poolingLayer) {
            graph.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), "conv");
        }
        ComputationGraph net = new ComputationGraph(graph.addLayer(
                        "out",
                        new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                                .nIn(FILTERS)
                                .nOut(2)
                                .activation(Activation.SOFTMAX)
                                .build(),
                        poolingLayer ? "pool" : "conv")
                .setOutputs("out")
                .build());
        net.init();
        return net;
    }
}
