package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Region caching is turned off for software rendering only, and never against the user's own choice. */
class SoftwareRenderingTest {
    private Properties saved;

    @BeforeEach
    void save() {
        saved = (Properties) System.getProperties().clone();
        System.clearProperty(SoftwareRendering.REGION_CACHING);
    }

    @AfterEach
    void restore() {
        System.setProperties(saved);
    }

    @Test
    void softwareRenderingDrawsRegionBackgroundsDirectly() {
        System.setProperty("prism.order", "sw");

        SoftwareRendering.tune();

        assertThat(System.getProperty(SoftwareRendering.REGION_CACHING)).isEqualTo("true");
    }

    @Test
    void gpuPipelinesKeepJavaFxDefaults() {
        System.clearProperty("prism.order");
        SoftwareRendering.tune();
        assertThat(System.getProperty(SoftwareRendering.REGION_CACHING)).isNull();

        System.setProperty("prism.order", "es2,sw");
        SoftwareRendering.tune();
        assertThat(System.getProperty(SoftwareRendering.REGION_CACHING)).isNull();
    }

    @Test
    void aValueTheUserSetIsKept() {
        System.setProperty("prism.order", "sw");
        System.setProperty(SoftwareRendering.REGION_CACHING, "false");

        SoftwareRendering.tune();

        assertThat(System.getProperty(SoftwareRendering.REGION_CACHING)).isEqualTo("false");
    }
}
