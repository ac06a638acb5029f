package org.driftscope.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.driftscope.io.InputFileException;

/**
 * CSV and TSV datasets through Apache Commons CSV (quoted fields may hold delimiters and newlines).
 * A first row is a header when it names a known column (text, label, ...) or when it is the only row
 * whose label value never repeats. Without a choice of columns, the label is the column with the fewest
 * distinct values and the text the one with the longest values.
 */
final class CsvDatasets {
    private static final Set<String> TEXT_NAMES =
            Set.of("text", "sentence", "review", "content", "body", "document", "tweet", "comment");
    private static final Set<String> LABEL_NAMES =
            Set.of("label", "labels", "class", "category", "sentiment", "target", "y", "polarity");

    private CsvDatasets() {}

    static List<LabeledText> read(Path file, char delimiter, DatasetOptions options, List<String> notices)
            throws IOException {
        // TSV has no quoting convention (a text may well start with a quote); CSV follows RFC 4180.
        CSVFormat.Builder builder =
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true);
        if (delimiter == '\t') {
            builder.setQuote(null);
        }
        CSVFormat format = builder.build();
        List<CSVRecord> records = new ArrayList<>();
        List<Long> startLines = new ArrayList<>();
        TextFiles.read(file, notices, in -> {
            records.clear();
            startLines.clear();
            parse(file, in, format, records, startLines);
            return null;
        });
        if (records.isEmpty()) {
            throw InputFileException.whole(file, "the dataset holds no documents");
        }
        int width = records.get(0).size();
        for (int r = 0; r < records.size(); r++) {
            if (records.get(r).size() != width) {
                throw InputFileException.atLine(
                        file,
                        startLines.get(r),
                        records.get(r).size() + " fields, but line " + startLines.get(0) + " has " + width
                                + " (a ragged file, or an unquoted delimiter in the text?)");
            }
        }
        if (width < 2) {
            throw InputFileException.whole(
                    file,
                    "needs a text column and a label column, but its rows have one field"
                            + (delimiter == ',' ? " (is it tab-separated?)" : ""));
        }
        boolean header = isHeader(records, options);
        List<CSVRecord> rows = header ? records.subList(1, records.size()) : records;
        int labelColumn = column(file, options.labelColumn(), header ? records.get(0) : null, width);
        int textColumn = column(file, options.textColumn(), header ? records.get(0) : null, width);
        if (header && labelColumn < 0) {
            labelColumn = named(records.get(0), LABEL_NAMES, textColumn);
        }
        if (header && textColumn < 0) {
            textColumn = named(records.get(0), TEXT_NAMES, labelColumn);
        }
        if (labelColumn < 0) {
            labelColumn = fewestDistinct(rows, width, textColumn);
        }
        if (textColumn < 0) {
            textColumn = longest(rows, width, labelColumn);
        }
        if (textColumn == labelColumn) {
            throw InputFileException.whole(file, "the text and label columns must differ");
        }
        if (header) {
            notices.add(String.format(
                    Locale.ROOT,
                    "%s: header row; text from column '%s', labels from '%s'",
                    file.getFileName(),
                    records.get(0).get(textColumn),
                    records.get(0).get(labelColumn)));
        }
        List<LabeledText> docs = new ArrayList<>();
        for (int r = header ? 1 : 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            long line = startLines.get(r);
            String label = record.get(labelColumn).strip();
            String text = record.get(textColumn).strip();
            if (label.isEmpty()) {
                throw InputFileException.atLine(file, line, "the label is empty");
            }
            if (text.isEmpty()) {
                throw InputFileException.atLine(file, line, "the text is empty");
            }
            docs.add(new LabeledText(label, text, line));
        }
        return docs;
    }

    private static final Pattern START_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private static void parse(Path file, Reader in, CSVFormat format, List<CSVRecord> records, List<Long> startLines)
            throws IOException {
        long previousEnd = 0;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                records.add(record);
                startLines.add(Math.max(1, previousEnd + 1));
                previousEnd = parser.getCurrentLineNumber();
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.nio.charset.CharacterCodingException coding) {
                throw coding; // not UTF-8: the caller reads the file again as Windows-1252
            }
            String message = String.valueOf(e.getMessage());
            Matcher m = START_LINE.matcher(message);
            long line = m.find() ? Long.parseLong(m.group(1)) : previousEnd + 1;
            if (message.contains("EOF reached before encapsulated token finished")) {
                throw InputFileException.atLine(
                        file,
                        line,
                        "a quoted field opens here and never closes (an unbalanced '\"'); close the quote,"
                                + " and double any '\"' inside a quoted field");
            }
            if (message.contains("invalid char between encapsulated token and delimiter")) {
                throw InputFileException.atLine(
                        file,
                        line,
                        "text follows a closing '\"' before the next delimiter; double any '\"' inside a"
                                + " quoted field");
            }
            throw InputFileException.atLine(file, line, "cannot be read as CSV from this line on");
        }
    }

    private static boolean isHeader(List<CSVRecord> records, DatasetOptions options) {
        CSVRecord first = records.get(0);
        for (String cell : first) {
            String c = cell.strip().toLowerCase(Locale.ROOT);
            if (TEXT_NAMES.contains(c)
                    || LABEL_NAMES.contains(c)
                    || c.equals(options.textColumn())
                    || c.equals(options.labelColumn())) {
                return true;
            }
        }
        if (records.size() < 3) {
            return false;
        }
        // Without known names: a header when, in the column with the fewest distinct values, row 1's value
        // never appears again while the other values do repeat.
        int width = first.size();
        int column = fewestDistinct(records.subList(1, records.size()), width, -1);
        Set<String> rest = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            rest.add(records.get(r).get(column));
        }
        return rest.size() < records.size() - 1 && !rest.contains(first.get(column));
    }

    /** A column chosen by header name or 0-based index; -1 when not chosen. */
    private static int column(Path file, String choice, CSVRecord header, int width) throws InputFileException {
        if (choice == null || choice.isBlank()) {
            return -1;
        }
        if (choice.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(choice);
            if (index >= width) {
                throw InputFileException.whole(
                        file, "has " + width + " columns, so there is no column " + index + " (columns count from 0)");
            }
            return index;
        }
        if (header != null) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).strip().equalsIgnoreCase(choice)) {
                    return c;
                }
            }
        }
        throw InputFileException.whole(file, "has no column named '" + choice + "'");
    }

    private static int named(CSVRecord header, Set<String> names, int except) {
        for (int c = 0; c < header.size(); c++) {
            if (c != except && names.contains(header.get(c).strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    private static int fewestDistinct(List<CSVRecord> rows, int width, int except) {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int c = 0; c < width; c++) {
            if (c == except) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (CSVRecord r : rows) {
                values.add(r.get(c));
            }
            if (values.size() < bestCount) {
                best = c;
                bestCount = values.size();
            }
        }
        return best;
    }

    private static int longest(List<CSVRecord> rows, int width, int except) {
        int best = -1;
        long bestLength = -1;
        for (int c = 0; c < width; c++) {
            if (c == except) {
                continue;
            }
            long total = 0;
            for (CSVRecord r : rows) {
                total += r.get(c).length();
            }
            if (total > bestLength) {
                best = c;
                bestLength = total;
            }
        }
        return best;
    }
}
