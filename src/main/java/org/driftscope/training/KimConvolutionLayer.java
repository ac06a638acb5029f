package org.driftscope.training;

import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.Convolution1DLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's 1-D convolution with ReLU, with a backward pass that costs a fraction of DL4J's under
 * max-over-time pooling (docs/decisions/0012).
 *
 * <p>After max-over-time pooling, the gradient reaching this layer is zero everywhere but at one
 * position per sentence and filter. DL4J's backward pass treats it as dense: it runs the forward
 * convolution again for the pre-activations, then convolves the whole gradient with the input and the
 * weights. Here the forward pass's output stands in for the pre-activations (a ReLU is positive exactly
 * where its input is), and only the non-zero positions are visited: each adds its gradient times the
 * window of input it saw to the filter's weights, and times the filter's weights to that window of the
 * input's gradient. The input's gradient is skipped altogether when the input is a frozen table (the
 * static regime, the frozen epochs of freeze-then-unfreeze). The sums are the same; only their order
 * differs, and it is fixed, so runs stay deterministic.
 *
 * <p>Written for what {@link Networks} builds: stride 1, no padding or dilation, ReLU, float. Anything
 * else, or a backward pass without this layer's forward pass before it, goes to DL4J's own code.
 */
final class KimConvolutionLayer extends Convolution1DLayer {
    private final boolean inputGradient;
    /** The output of the last training forward pass, and the input it was computed from. */
    private INDArray lastOutput;

    private INDArray lastInput;

    // Scratch arrays, reused from batch to batch (a layer belongs to one training thread): a run would
    // otherwise allocate megabytes per batch, and collecting them pauses every thread, the window's too.
    private float[] windows = new float[0];
    private float[] filterRuns = new float[0];
    private float[] weightGrad = new float[0];
    private float[] biasGrad = new float[0];
    private float[] inputGrad = new float[0];

    KimConvolutionLayer(NeuralNetConfiguration conf, DataType dataType, boolean inputGradient) {
        super(conf, dataType);
        this.inputGradient = inputGradient;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray output = super.activate(training, workspaceMgr);
        lastOutput = training ? output : null;
        lastInput = training ? input : null;
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        INDArray output = lastOutput;
        boolean sameInput = lastInput == input;
        lastOutput = null;
        lastInput = null;
        int width = layerConf().getKernelSize()[0];
        if (output == null
                || dataType != DataType.FLOAT
                || !sameInput
                || !Arrays.equals(output.shape(), epsilon.shape())
                || epsilon.size(2) != input.size(2) - width + 1) {
            // Not the forward pass this layer remembers, or not the unpadded convolution it is written for.
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        INDArray x = input.castTo(dataType);
        int sentences = (int) x.size(0);
        int channels = (int) x.size(1);
        int length = (int) x.size(2);
        int filters = (int) epsilon.size(1);
        int positions = (int) epsilon.size(2);
        int span = width * channels;

        INDArray epsDense = dense(epsilon);
        INDArray actDense = dense(output);
        FloatBuffer eps = buffer(epsDense);
        FloatBuffer act = buffer(actDense);
        // The input as [sentence, position, channel]: a filter's window is then one run of span numbers.
        windows = flat(x.permute(0, 2, 1), windows);
        if (inputGradient) {
            INDArray weights = getParam(ConvolutionParamInitializer.WEIGHT_KEY);
            // DL4J's conv1d reads the weights as [width, channel, filter]; transposed, a filter is one run.
            filterRuns = flat(weights.reshape('c', new long[] {span, filters}).transpose(), filterRuns);
        }
        weightGrad = zeros(weightGrad, filters * span);
        biasGrad = zeros(biasGrad, filters);
        inputGrad = zeros(inputGrad, inputGradient ? sentences * length * channels : 0);
        for (int s = 0; s < sentences; s++) {
            for (int f = 0; f < filters; f++) {
                int at = (s * filters + f) * positions;
                for (int t = 0; t < positions; t++) {
                    float g = eps.get(at + t);
                    if (g == 0 || act.get(at + t) <= 0) {
                        continue;
                    }
                    biasGrad[f] += g;
                    int window = (s * length + t) * channels;
                    int run = f * span;
                    for (int i = 0; i < span; i++) {
                        weightGrad[run + i] += g * windows[window + i];
                    }
                    if (inputGradient) {
                        for (int i = 0; i < span; i++) {
                            inputGrad[window + i] += g * filterRuns[run + i];
                        }
                    }
                }
            }
        }
        Reference.reachabilityFence(epsDense);
        Reference.reachabilityFence(actDense);

        INDArray weightView = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightView
                .reshape('c', new long[] {span, filters})
                .assign(array(weightGrad, filters, span).transpose());
        Gradient gradient = new DefaultGradient();
        if (layerConf().hasBias()) {
            INDArray biasView = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            biasView.reshape(biasView.length()).assign(array(biasGrad, filters));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasView);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightView, 'c');
        INDArray epsOut = null;
        if (inputGradient) {
            epsOut = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, x.shape(), 'c');
            epsOut.assign(array(inputGrad, sentences, length, channels).permute(0, 2, 1));
        }
        return new Pair<>(gradient, epsOut);
    }

    /**
     * The elements in row-major order, copied in bulk (ND4J's toFloatVector copies one by one) into
     * {@code into} when it has the right length, else into a new array.
     */
    private static float[] flat(INDArray a, float[] into) {
        INDArray dense = dense(a);
        FloatBuffer elements = buffer(dense);
        float[] values = into.length == elements.remaining() ? into : new float[elements.remaining()];
        elements.get(values);
        Reference.reachabilityFence(dense);
        return values;
    }

    /** {@code array} zeroed if it has {@code n} elements, else a new zero array of that length. */
    private static float[] zeros(float[] array, int n) {
        if (array.length != n) {
            return new float[n];
        }
        Arrays.fill(array, 0f);
        return array;
    }

    /** A new row-major array holding {@code values}, filled in bulk. */
    private static INDArray array(float[] values, long... shape) {
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        buffer(a).put(values);
        return a;
    }

    /** {@code a} itself when its elements lie in row-major order in its own buffer, else a copy that does. */
    private static INDArray dense(INDArray a) {
        return a.ordering() == 'c' && !a.isView() && Shape.hasDefaultStridesForShape(a) ? a : a.dup('c');
    }

    /**
     * The native memory of a {@link #dense} array, in place. The buffer does not keep the array alive:
     * callers hold the array until they are done with it.
     */
    private static FloatBuffer buffer(INDArray dense) {
        return dense.data().asNioFloat().slice().limit(Math.toIntExact(dense.length()));
    }
}
