package org.driftscope.corpus;

/**
 * How to read a dataset.
 *
 * @param format the layout, or {@code null} to detect it
 * @param textColumn for CSV/TSV: the text column's header name or 0-based index, or {@code null} to guess
 * @param labelColumn for CSV/TSV: the label column's header name or 0-based index, or {@code null} to guess
 */
public record DatasetOptions(DatasetFormat format, String textColumn, String labelColumn) {
    public static DatasetOptions detect() {
        return new DatasetOptions(null, null, null);
    }

    public DatasetOptions withFormat(DatasetFormat f) {
        return new DatasetOptions(f, textColumn, labelColumn);
    }

    public DatasetOptions withColumns(String text, String label) {
        return new DatasetOptions(format, text, label);
    }
}
