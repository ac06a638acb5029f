package org.driftscope.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A train/validation/test division of a dataset's documents: the dataset's own parts when it ships
 * them (SST-2's train/dev/test), otherwise a seeded split that keeps each class's share in both parts.
 *
 * @param train indices into the dataset's documents
 * @param validation indices into the dataset's documents
 * @param test indices into the dataset's documents (empty for a drawn split)
 */
public record StratifiedSplit(List<Integer> train, List<Integer> validation, List<Integer> test) {
    public StratifiedSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }

    /**
     * @param validationFraction share of each class held out when the dataset has no split of its own,
     *     in (0, 1)
     */
    public static StratifiedSplit of(Dataset dataset, double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), was " + validationFraction);
        }
        if (dataset.hasOwnSplit()) {
            return ownSplit(dataset, validationFraction, seed);
        }
        var byLabel = new TreeMap<String, List<Integer>>();
        for (int i = 0; i < dataset.size(); i++) {
            byLabel.computeIfAbsent(dataset.documents().get(i).label(), k -> new ArrayList<>())
                    .add(i);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (List<Integer> members : byLabel.values()) {
            Collections.shuffle(members, random);
            // every class of two or more documents is both trained on and checked
            int size = members.size();
            int cut = size < 2 ? 0 : Math.max(1, Math.min(size - 1, (int) Math.round(size * validationFraction)));
            validation.addAll(members.subList(0, cut));
            train.addAll(members.subList(cut, members.size()));
        }
        Collections.shuffle(train, random);
        Collections.shuffle(validation, random);
        return new StratifiedSplit(train, validation, List.of());
    }

    private static StratifiedSplit ownSplit(Dataset dataset, double validationFraction, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < dataset.size(); i++) {
            switch (dataset.documents().get(i).part()) {
                case TRAIN, UNSPLIT -> train.add(i);
                case VALIDATION -> validation.add(i);
                case TEST -> test.add(i);
            }
        }
        if (validation.isEmpty()) {
            // A train/test dataset without dev: draw validation from train, as Kim (2014) did for MR.
            var trainOnly = new Dataset(
                    dataset.source(),
                    dataset.format(),
                    train.stream()
                            .map(dataset.documents()::get)
                            .map(d -> new LabeledText(d.label(), d.text(), d.line()))
                            .toList(),
                    List.of());
            StratifiedSplit drawn = of(trainOnly, validationFraction, seed);
            return new StratifiedSplit(
                    drawn.train().stream().map(train::get).toList(),
                    drawn.validation().stream().map(train::get).toList(),
                    test);
        }
        Collections.shuffle(train, new Random(seed));
        return new StratifiedSplit(train, validation, test);
    }
}
