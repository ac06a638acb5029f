package org.driftscope.nd4j;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/**
 * ND4J's CPU shape-info provider, with each distinct shape description allocated once and shared
 * (docs/decisions/0014).
 *
 * <p>ND4J 1.0.0-M2.1 caches shape descriptions only on a path its arrays no longer take, so every new
 * array, view or reshape allocates a native buffer for its shape, registered for deallocation with both
 * JavaCPP and ND4J: half a dozen Java objects that stay reachable until a garbage collection has found
 * the array dead and ND4J's deallocator thread has freed the buffer. A training batch makes hundreds.
 * Shapes repeat from batch to batch, so this provider hands out one constant buffer per description (the
 * way ND4J's own cache would). Past {@link #DEFAULT_LIMIT} distinct descriptions it allocates as before.
 *
 * <p>ND4J creates it by name from its {@code shapeinfoprovider} setting ({@link Nd4jSetup}).
 */
public final class SharedShapeInfo extends DirectShapeInfoProvider {
    /** Distinct shape descriptions kept: each a few hundred bytes, native and Java. */
    static final int DEFAULT_LIMIT = 20_000;

    private final ConcurrentHashMap<Key, Pair<DataBuffer, long[]>> shared = new ConcurrentHashMap<>();
    private final int limit;

    /** The constructor ND4J calls. */
    public SharedShapeInfo() {
        this(DEFAULT_LIMIT);
    }

    SharedShapeInfo(int limit) {
        this.limit = limit;
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(
            long[] shape, long[] stride, long elementWiseStride, char order, DataType type, boolean empty) {
        Key probe = new Key(shape, stride, elementWiseStride, order, type, empty);
        Pair<DataBuffer, long[]> known = shared.get(probe);
        if (known != null) {
            return known;
        }
        if (shared.size() >= limit) {
            return super.createShapeInformation(shape, stride, elementWiseStride, order, type, empty);
        }
        // The key keeps copies: callers may reuse their arrays.
        return shared.computeIfAbsent(
                probe.copy(), k -> super.createShapeInformation(shape, stride, elementWiseStride, order, type, empty));
    }

    /** How many distinct shape descriptions are shared. */
    int size() {
        return shared.size();
    }

    /** A shape description, compared by value. */
    private record Key(long[] shape, long[] stride, long elementWiseStride, char order, DataType type, boolean empty) {
        Key copy() {
            return new Key(shape.clone(), stride.clone(), elementWiseStride, order, type, empty);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && elementWiseStride == k.elementWiseStride
                    && order == k.order
                    && type == k.type
                    && empty == k.empty
                    && Arrays.equals(shape, k.shape)
                    && Arrays.equals(stride, k.stride);
        }

        @Override
        public int hashCode() {
            int h = Arrays.hashCode(shape);
            h = 31 * h + Arrays.hashCode(stride);
            h = 31 * h + Long.hashCode(elementWiseStride);
            h = 31 * h + order;
            h = 31 * h + type.ordinal();
            return 31 * h + Boolean.hashCode(empty);
        }

        @Override
        public String toString() {
            return Arrays.toString(shape) + " strides " + Arrays.toString(stride) + " " + order + " " + type;
        }
    }
}
