package org.driftscope.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded train/validation split that keeps each class's share in both parts.
 *
 * @param train indices into the dataset's documents
 * @param validation indices into the dataset's documents
 */
public record StratifiedSplit(List<Integer> train, List<Integer> validation) {
    public StratifiedSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }

    public static StratifiedSplit of(Dataset dataset, double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), was " + validationFraction);
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
            int cut = (int) Math.round(members.size() * validationFraction);
            validation.addAll(members.subList(0, cut));
            train.addAll(members.subList(cut, members.size()));
        }
        Collections.shuffle(train, random);
        Collections.shuffle(validation, random);
        return new StratifiedSplit(train, validation);
    }
}
