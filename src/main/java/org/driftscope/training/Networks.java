package org.driftscope.training;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.constraint.MaxNormConstraint;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.driftscope.nd4j.Nd4jSetup;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the network of a run: the embedding part for the regime (one trainable table, one frozen
 * table, or both side by side as two channels) under Kim (2014)'s CNN or a mean-of-embeddings head.
 *
 * <p>Kim's 2-D convolution with full-width filters over a sentence matrix is a 1-D convolution over
 * the word positions with the vector components as channels; for multichannel the two tables are
 * stacked as channels, so each filter has separate weights for the frozen and the tuned copy and adds
 * the two, as in Kim's implementation. The convolutions are {@link KimConvolution}s: DL4J's, with the
 * max-over-time pooling in the same layer and a backward pass that makes use of it
 * (docs/decisions/0012).
 *
 * <p>Kim, Y. (2014). Convolutional Neural Networks for Sentence Classification. EMNLP.
 */
final class Networks {
    static {
        Nd4jSetup.configure();
    }

    static final String INPUT = "tokens";
    /** The trainable table (or the only, frozen one in the static regime): the one Driftscope tracks. */
    static final String EMBEDDING = "embedding";

    static final String STATIC_EMBEDDING = "static-embedding";
    static final String OUTPUT = "output";

    private Networks() {}

    /**
     * @param freezeEmbedding wrap the tuned table in a FrozenLayer too (the first epochs of
     *     freeze-then-unfreeze); the static regime's table is always frozen
     */
    static ComputationGraph build(TrainingData data, RunConfig config, boolean freezeEmbedding) {
        int d = data.dimension;
        GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder()
                // No setInputTypes: shape inference would overwrite the embedding's nIn with the input's
                // channel count (1), so every layer's nIn is set by hand instead.
                .addInputs(INPUT);
        String features = embeddings(graph, data, config, freezeEmbedding);
        int width = config.regime().channels() * d;
        // Nothing upstream of a frozen table learns. Two tables merged as channels still want a gradient,
        // even both frozen: DL4J's merge vertex cannot pass on a missing one.
        boolean readsFrozenTable =
                features.equals(EMBEDDING) && (!config.regime().trainsEmbedding() || freezeEmbedding);
        String head;
        long headWidth;
        if (config.model() == Model.KIM_CNN) {
            String[] convolutions = new String[config.filterWidths().size()];
            for (int k = 0; k < convolutions.length; k++) {
                int w = config.filterWidths().get(k);
                convolutions[k] = "conv" + w;
                Convolution1DLayer conv = new Convolution1DLayer.Builder()
                        .kernelSize(w)
                        .nIn(width)
                        .nOut(config.filterCount())
                        .activation(Activation.RELU)
                        .rnnDataFormat(RNNFormat.NCW)
                        .build();
                // Pools over time itself: its output is [sentence, filter].
                graph.addLayer(convolutions[k], KimConvolution.of(conv, !readsFrozenTable), features);
            }
            graph.addVertex("features", new MergeVertex(), convolutions);
            head = "features";
            headWidth = (long) config.filterCount() * convolutions.length;
        } else if (config.model() == Model.BILSTM) {
            graph.addLayer(
                    "bilstm",
                    new Bidirectional(
                            Bidirectional.Mode.CONCAT,
                            new LSTM.Builder()
                                    .nIn(width)
                                    .nOut(Model.LSTM_UNITS)
                                    .activation(Activation.TANH)
                                    .dataFormat(RNNFormat.NCW)
                                    .build()),
                    features);
            graph.addLayer("max", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), "bilstm");
            head = "max";
            headWidth = 2L * Model.LSTM_UNITS;
        } else {
            graph.addLayer("mean", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), features);
            head = "mean";
            headWidth = width;
        }
        graph.addLayer(
                        OUTPUT,
                        new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                                .nIn(headWidth)
                                .nOut(data.labels().size())
                                .activation(Activation.SOFTMAX)
                                .dropOut(new Dropout(1 - config.dropout()))
                                .constrainWeights(new MaxNormConstraint(3, 1))
                                .build(),
                        head)
                .setOutputs(OUTPUT);
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        // Not the builder's weightInit(INDArray): it leaves the table 'c'-ordered while its gradient view is
        // 'f'-ordered, and updates then land on the wrong rows (docs/decisions/0003).
        INDArray table = Nd4j.create(data.initialEmbedding, new long[] {data.vocabularySize(), d}, 'c');
        net.getLayer(EMBEDDING).setParam("W", table);
        if (config.regime().channels() == 2) {
            net.getLayer(STATIC_EMBEDDING).setParam("W", table);
        }
        return net;
    }

    /**
     * The same network with the tuned table trainable, carrying over every parameter of {@code frozen}
     * (the end of freeze-then-unfreeze). Adam's moments start afresh.
     */
    static ComputationGraph unfreeze(ComputationGraph frozen, TrainingData data, RunConfig config) {
        ComputationGraph next = build(data, config, false);
        next.setParams(frozen.params());
        return next;
    }

    /** Adds the embedding tables; returns the vertex whose output is [batch, channels x d, length]. */
    private static String embeddings(GraphBuilder graph, TrainingData data, RunConfig config, boolean freeze) {
        Regime regime = config.regime();
        if (!regime.trainsEmbedding() || freeze) {
            // Only FrozenLayer keeps the rows bit-identical: NoOp still lets DL4J touch the parameters, and
            // Adam with a zero learning rate moves them by an ulp (docs/decisions/0006).
            graph.addLayer(EMBEDDING, new FrozenLayer(table(data).build()), INPUT);
        } else {
            graph.addLayer(
                    EMBEDDING,
                    table(data)
                            .updater(new Adam(config.embeddingLearningRate()))
                            .build(),
                    INPUT);
        }
        if (regime.channels() == 1) {
            return EMBEDDING;
        }
        graph.addLayer(STATIC_EMBEDDING, new FrozenLayer(table(data).build()), INPUT);
        graph.addVertex("channels", new MergeVertex(), EMBEDDING, STATIC_EMBEDDING);
        return "channels";
    }

    private static EmbeddingSequenceLayer.Builder table(TrainingData data) {
        return new EmbeddingSequenceLayer.Builder()
                .nIn(data.vocabularySize())
                .nOut(data.dimension)
                .hasBias(false)
                .inputLength(data.length)
                .outputDataFormat(RNNFormat.NCW);
    }
}
