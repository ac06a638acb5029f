package org.driftscope.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SharedShapeInfoTest {

    @Test
    void equalShapesShareOneDescriptionAndCallersMayReuseTheirArrays() {
        SharedShapeInfo shapes = new SharedShapeInfo();
        long[] shape = {50, 56};
        long[] stride = {56, 1};
        var first = shapes.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false);
        shape[0] = 7; // the caller reuses its array for another shape
        var other = shapes.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false);
        var again =
                shapes.createShapeInformation(new long[] {50, 56}, new long[] {56, 1}, 1, 'c', DataType.FLOAT, false);

        assertSame(first, again);
        assertNotSame(first, other);
        assertEquals(50, first.getSecond()[1], "the shared description keeps the shape it was made for");
        assertEquals(7, other.getSecond()[1]);
        assertNotSame(
                first,
                shapes.createShapeInformation(new long[] {50, 56}, new long[] {56, 1}, 1, 'c', DataType.DOUBLE, false));
        assertEquals(3, shapes.size());
    }

    @Test
    void pastItsLimitItAllocatesAsNd4jDoes() {
        SharedShapeInfo shapes = new SharedShapeInfo(1);
        var kept = shapes.createShapeInformation(new long[] {2}, new long[] {1}, 1, 'c', DataType.FLOAT, false);
        var a = shapes.createShapeInformation(new long[] {3}, new long[] {1}, 1, 'c', DataType.FLOAT, false);
        var b = shapes.createShapeInformation(new long[] {3}, new long[] {1}, 1, 'c', DataType.FLOAT, false);

        assertNotSame(a, b);
        assertArrayEquals(a.getSecond(), b.getSecond());
        assertSame(kept, shapes.createShapeInformation(new long[] {2}, new long[] {1}, 1, 'c', DataType.FLOAT, false));
        assertEquals(1, shapes.size());
    }

    @Test
    void arraysWithSharedShapesKeepTheirOwnValuesThroughViewsAndProducts() {
        assertInstanceOf(SharedShapeInfo.class, Nd4j.getShapeInfoProvider());
        float[] av = {1, 2, 3, 4, 5, 6};
        float[] bv = {6, 5, 4, 3, 2, 1};
        INDArray a = Nd4j.create(av, new long[] {2, 3}, 'c');
        INDArray b = Nd4j.create(bv, new long[] {2, 3}, 'c');
        assertSame(a.shapeInfoDataBuffer(), b.shapeInfoDataBuffer());

        b.addi(1); // writes to b alone
        float[] product = a.mmul(b.transpose()).data().asFloat(); // a (2x3) times b' (3x2)
        float[] expected = new float[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 3; k++) {
                    expected[i * 2 + j] += av[i * 3 + k] * (bv[j * 3 + k] + 1);
                }
            }
        }
        assertArrayEquals(expected, product);
        assertArrayEquals(
                new float[] {1, 4, 2, 5, 3, 6}, a.permute(1, 0).dup('c').data().asFloat());
        assertArrayEquals(
                new float[] {1, 2, 3, 4, 5, 6}, a.reshape(3, 2).dup('c').data().asFloat());
        assertArrayEquals(av, a.data().asFloat(), "views leave the array itself alone");
    }
}
