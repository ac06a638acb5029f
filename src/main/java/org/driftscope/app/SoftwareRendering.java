package org.driftscope.app;

/**
 * What Driftscope asks of JavaFX's software renderer, set before the toolkit starts.
 *
 * <p>JavaFX draws region backgrounds (panels, buttons, tab headers) from cached images, stretched to
 * size. On a graphics card that is cheap; in software rendering it is not: while a run trained, JFR
 * found a fifth to a third of the renderer's time in those stretched images, and every pulse that
 * changes the window waits for the renderer. Drawn directly, a flat background is a plain fill. Measured
 * with the workspace bench (docs/BENCHMARKS.md): the FX thread's 99th-percentile lateness during
 * training fell from 16-50 ms to 7-13 ms. Only software rendering is changed, where it was measured;
 * a value the user sets on the command line is kept.
 */
final class SoftwareRendering {
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private SoftwareRendering() {}

    /** Call before the toolkit starts (afterwards JavaFX has read its settings). */
    static void tune() {
        String order = System.getProperty("prism.order", "");
        if (order.startsWith("sw") && System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
