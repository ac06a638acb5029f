package org.driftscope.nd4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * A fresh JVM's first use of ND4J through one Driftscope class (named in the argument); prints the
 * shape-info provider ND4J ended up with. Run by {@link Nd4jSetupTest}.
 */
public final class FirstNd4jUse {
    private FirstNd4jUse() {}

    public static void main(String[] args) throws Exception {
        Class.forName(args[0]);
        System.out.println("provider=" + Nd4j.getShapeInfoProvider().getClass().getName());
    }
}
