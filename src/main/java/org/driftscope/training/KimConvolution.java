package org.driftscope.training;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The configuration of a {@link KimConvolutionLayer}: a DL4J {@link Convolution1DLayer} configuration
 * that instantiates the faster layer, which pools over time itself (its output is [sentence, filter]),
 * and knows whether its input's gradient is wanted.
 */
final class KimConvolution extends Convolution1DLayer {
    private boolean inputGradient;

    /** Empty, as DL4J's JSON mapping expects of a layer configuration; {@link #of} fills it. */
    public KimConvolution() {}

    /**
     * @param built a configuration from DL4J's builder, copied field by field (its constructor is private)
     * @param inputGradient whether anything upstream is trained and needs the gradient of the input
     */
    static KimConvolution of(Convolution1DLayer built, boolean inputGradient) {
        if (!(built.getActivationFn() instanceof ActivationReLU)) {
            // The backward pass reads the ReLU's derivative off its output.
            throw new IllegalArgumentException("Kim's convolution takes a ReLU, not " + built.getActivationFn());
        }
        if (built.getStride()[0] != 1 || built.getDilation()[0] != 1 || built.getPadding()[0] != 0) {
            throw new IllegalArgumentException("Kim's convolution has stride 1 and no dilation or padding");
        }
        KimConvolution copy = new KimConvolution();
        try {
            for (Class<?> c = Convolution1DLayer.class; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        f.set(copy, f.get(built));
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy DL4J's convolution configuration", e);
        }
        copy.inputGradient = inputGradient;
        return copy;
    }

    /** One value per filter: the layer pools over time itself. */
    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(getNOut());
    }

    @Override
    public Layer instantiate(
            NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners,
            int layerIndex,
            INDArray paramsView,
            boolean initializeParams,
            DataType dataType) {
        KimConvolutionLayer layer = new KimConvolutionLayer(conf, dataType, inputGradient);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        Map<String, INDArray> params = initializer().init(conf, paramsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }
}
