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
 * DL4J's 1-D convolution with ReLU, followed by max-over-time pooling, as one layer: its output is each
 * filter's largest activation per sentence, [sentence, filter] (docs/decisions/0012).
 *
 * <p>The forward pass is DL4J's convolution (oneDNN), then the maximum over the positions, whose place
 * the layer remembers. DL4J's own backward pass through the pooling and the convolution treats the
 * gradient as dense, although only one position per sentence and filter received any: it marks the
 * maxima again, spreads the gradient over every position, runs the forward convolution again for the
 * pre-activations, and convolves the whole gradient with the input and the weights. Here each
 * sentence and filter whose maximum is positive (a ReLU passes gradient exactly where its output is)
 * adds its gradient times the window of input at the remembered position to the filter's weights,
 * and times the filter's weights to that window of the input's gradient. The input's gradient is
 * skipped altogether when the input is a frozen table (the static regime, the frozen epochs of
 * freeze-then-unfreeze). The sums are DL4J's, in another fixed order, so runs stay deterministic.
 *
 * <p>Written for what {@link Networks} builds, which {@link KimConvolution#of} and the constructor
 * check: stride 1, no padding or dilation, ReLU, float. Where several positions share the maximum, the
 * first one takes the gradient (ties are practically only windows wholly in the padding, which all give
 * the same gradient).
 */
final class KimConvolutionLayer extends Convolution1DLayer {
    private final boolean inputGradient;

    /** The input of the last training forward pass, which {@link #maxima} and {@link #places} describe. */
    private INDArray lastInput;

    // Scratch arrays, reused from batch to batch (a layer belongs to one training thread): a run would
    // otherwise allocate megabytes per batch, and collecting them pauses every thread, the window's too.
    private float[] activations = new float[0];
    private float[] maxima = new float[0];
    private int[] places = new int[0];
    private float[] gradients = new float[0];
    private float[] windows = new float[0];
    private float[] filterRuns = new float[0];
    private float[] weightGrad = new float[0];
    private float[] weightGradT = new float[0];
    private float[] biasGrad = new float[0];
    private float[] inputGrad = new float[0];

    KimConvolutionLayer(NeuralNetConfiguration conf, DataType dataType, boolean inputGradient) {
        super(conf, dataType);
        if (dataType != DataType.FLOAT) {
            throw new IllegalArgumentException("Kim's convolution is written for float, not " + dataType);
        }
        this.inputGradient = inputGradient;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray output = super.activate(training, workspaceMgr);
        int sentences = (int) output.size(0);
        int filters = (int) output.size(1);
        int positions = (int) output.size(2);
        int width = layerConf().getKernelSize()[0];
        if (positions != input.size(2) - width + 1) {
            throw new IllegalStateException("Kim's convolution expects an unpadded convolution: " + input.size(2)
                    + " positions in, " + positions + " out, width " + width);
        }
        activations = flat(output, activations);
        int cells = sentences * filters;
        if (maxima.length != cells) {
            maxima = new float[cells];
            places = new int[cells];
        }
        for (int c = 0; c < cells; c++) {
            int at = c * positions;
            float max = activations[at];
            int place = 0;
            for (int t = 1; t < positions; t++) {
                if (activations[at + t] > max) {
                    max = activations[at + t];
                    place = t;
                }
            }
            maxima[c] = max;
            places[c] = place;
        }
        INDArray pooled =
                workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, new long[] {sentences, filters}, 'c');
        buffer(pooled).put(maxima, 0, cells);
        lastInput = training ? input : null;
        return pooled;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (lastInput != input) {
            // Not the forward pass this layer remembers: find the maxima for this input.
            activate(true, workspaceMgr);
        }
        lastInput = null;
        INDArray x = input.castTo(dataType);
        int sentences = (int) x.size(0);
        int channels = (int) x.size(1);
        int length = (int) x.size(2);
        int filters = (int) epsilon.size(1);
        int width = layerConf().getKernelSize()[0];
        int span = width * channels;

        gradients = flat(epsilon, gradients);
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
                int cell = s * filters + f;
                float g = gradients[cell];
                if (g == 0 || maxima[cell] <= 0) {
                    continue;
                }
                biasGrad[f] += g;
                int window = (s * length + places[cell]) * channels;
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

        // The weights' gradient as DL4J lays it out, [width x channel, filter].
        weightGradT = transpose(weightGrad, filters, span, weightGradT);
        INDArray weightView = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightView.reshape('c', new long[] {span, filters}).assign(array(weightGradT, span, filters));
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

    /** {@code a}, an r x c matrix in row-major order, transposed into {@code into} (or a new array). */
    private static float[] transpose(float[] a, int r, int c, float[] into) {
        float[] t = into.length == r * c ? into : new float[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                t[j * r + i] = a[i * c + j];
            }
        }
        return t;
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

    /** A new row-major array holding the first elements of {@code values}, filled in bulk. */
    private static INDArray array(float[] values, long... shape) {
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        buffer(a).put(values, 0, Math.toIntExact(a.length()));
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
