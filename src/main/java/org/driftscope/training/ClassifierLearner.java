package org.driftscope.training;

import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The classifier network over the embedding (Kim's CNN or the mean of the vectors), trained on the labels. */
final class ClassifierLearner implements Learner {
    private final TrainingData data;
    private final RunConfig config;
    private final Batches batches;
    private ComputationGraph net;
    private boolean frozen;

    ClassifierLearner(TrainingData data, RunConfig config, Batches batches) {
        this.data = data;
        this.config = config;
        this.batches = batches;
        this.frozen = config.regime().trainsEmbedding() && config.freezeEpochs() > 0;
        this.net = Networks.build(data, config, frozen);
    }

    @Override
    public double train(int epoch, Steps steps) throws InterruptedException {
        if (frozen && config.tunesEmbeddingIn(epoch)) {
            net = Networks.unfreeze(net, data, config);
            frozen = false;
        }
        int n = data.trainSize();
        int[] order = Batches.shuffled(n, new Random(config.seed() * 31 + epoch));
        int batchCount = (n + config.batchSize() - 1) / config.batchSize();
        double sum = 0;
        for (int b = 0; b < batchCount; b++) {
            if (!steps.next()) {
                return Double.NaN;
            }
            int from = b * config.batchSize();
            int to = Math.min(n, from + config.batchSize());
            net.fit(batches.of(order, from, to, data.trainTokens, data.trainLabels));
            double score = net.score();
            if (!Double.isFinite(score)) {
                throw new ArithmeticException(
                        "the training loss became " + score + " in epoch " + epoch + "; try a lower learning rate");
            }
            sum += score;
            steps.done(epoch, b + 1, batchCount);
        }
        return sum / batchCount;
    }

    private INDArray table() {
        return net.getLayer(Networks.EMBEDDING).getParam("W");
    }

    @Override
    public float[] rows(int[] rows) {
        return table().getRows(rows).dup('c').reshape(-1).toFloatVector();
    }

    @Override
    public float[] rowsFrom(int from) {
        INDArray table = table();
        return table.get(NDArrayIndex.interval(from, table.rows()), NDArrayIndex.all())
                .dup('c')
                .reshape(-1)
                .toFloatVector();
    }

    @Override
    public Validation validate() {
        return Validation.of(net, data, batches, config.batchSize());
    }
}
