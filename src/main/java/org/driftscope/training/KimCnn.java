package org.driftscope.training;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.constraint.MaxNormConstraint;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The sentence CNN of Kim (2014): an embedding table, one convolution per filter width over the token
 * sequence (a width-h filter spans h whole word vectors), max-over-time pooling, dropout, softmax. A
 * 1-D convolution over the vectors' channels is exactly Kim's 2-D convolution with full-width filters.
 *
 * <p>Kim, Y. (2014). Convolutional Neural Networks for Sentence Classification. EMNLP.
 */
final class KimCnn {
    static final String INPUT = "tokens";
    static final String EMBEDDING = "embedding";
    static final String OUTPUT = "output";

    private KimCnn() {}

    static ComputationGraph build(TrainingData data, RunConfig config) {
        int d = data.dimension;
        var init = Nd4j.create(data.initialEmbedding, new long[] {data.vocabularySize(), d}, 'c');
        Layer embedding = new EmbeddingSequenceLayer.Builder()
                .nIn(data.vocabularySize())
                .nOut(d)
                .hasBias(false)
                .inputLength(data.length)
                .outputDataFormat(RNNFormat.NCW)
                .build();
        if (!config.regime().trainsEmbedding()) {
            // A zero-gradient updater such as NoOp still lets DL4J touch the parameters; FrozenLayer does not.
            embedding = new FrozenLayer(embedding);
        }
        var graph = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder()
                // No setInputTypes: shape inference would overwrite the embedding's nIn with the input's
                // channel count (1), so every layer's nIn is set by hand instead.
                .addInputs(INPUT)
                .addLayer(EMBEDDING, embedding, INPUT);
        String[] pools = new String[config.filterWidths().size()];
        for (int k = 0; k < pools.length; k++) {
            int width = config.filterWidths().get(k);
            String conv = "conv" + width;
            pools[k] = "pool" + width;
            graph.addLayer(
                            conv,
                            new Convolution1DLayer.Builder()
                                    .kernelSize(width)
                                    .nIn(d)
                                    .nOut(config.filterCount())
                                    .activation(Activation.RELU)
                                    .rnnDataFormat(RNNFormat.NCW)
                                    .build(),
                            EMBEDDING)
                    .addLayer(pools[k], new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), conv);
        }
        graph.addVertex("features", new MergeVertex(), pools)
                .addLayer(
                        OUTPUT,
                        new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                                .nIn((long) config.filterCount() * pools.length)
                                .nOut(data.labels().size())
                                .activation(Activation.SOFTMAX)
                                .dropOut(new Dropout(1 - config.dropout()))
                                .constrainWeights(new MaxNormConstraint(3, 1))
                                .build(),
                        "features")
                .setOutputs(OUTPUT);
        ComputationGraphConfiguration conf = graph.build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        // Not the builder's weightInit(INDArray): it leaves the table 'c'-ordered while its gradient view is
        // 'f'-ordered, and updates then land on the wrong rows (docs/decisions/0003).
        net.getLayer(EMBEDDING).setParam("W", init);
        return net;
    }
}
