package org.driftscope.nd4j;

/**
 * ND4J's settings for Driftscope, applied before ND4J starts: it reads them once, from its backend's
 * properties overridden by system properties, when its {@code Nd4j} class loads.
 *
 * <p>Each Driftscope class that can be the first to reach ND4J calls {@link #configure()} from its
 * static initialiser, as do the mains, so the settings hold whichever runs first; a setting the user
 * passed with {@code -D} is kept.
 */
public final class Nd4jSetup {
    /** ND4J's setting that names its shape-info provider class. */
    static final String SHAPE_INFO_PROVIDER = "shapeinfoprovider";

    private Nd4jSetup() {}

    /** Applies the settings unless given already; has no effect once ND4J has started. */
    public static void configure() {
        if (System.getProperty(SHAPE_INFO_PROVIDER) == null) {
            System.setProperty(SHAPE_INFO_PROVIDER, SharedShapeInfo.class.getName());
        }
    }
}
