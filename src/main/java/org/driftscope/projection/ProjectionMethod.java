package org.driftscope.projection;

import java.util.Locale;

/** How word vectors are laid out in the plane. */
public enum ProjectionMethod {
    /** t-SNE, each epoch's layout following its vectors in the frozen one's frame (decision 0016). */
    TSNE,
    /** PCA with the basis fitted once on the frozen vectors: every epoch in exactly the same frame. */
    PCA,
    /** UMAP of every word, each epoch's layout following its vectors as t-SNE's does (decision 0022). */
    UMAP;

    /** The name users type: {@code tsne}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name as written in prose and figures: t-SNE, PCA, UMAP. */
    public String title() {
        return this == TSNE ? "t-SNE" : name();
    }

    public static ProjectionMethod parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return valueOf(t);
    }
}
