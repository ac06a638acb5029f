package org.driftscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The "sentiment" sample: in the pretraining corpus "good" and "bad" fill the same slots ("the acting
 * was good", "the acting was bad"), as they do in real text, so word2vec puts them close together;
 * the labelled reviews use good words only in positive reviews and bad words only in negative ones, so
 * fine-tuning a sentiment classifier should pull "good" toward "great" and "bad" toward "terrible"
 * (Kim 2014, Table 3 shows this for the real word2vec vectors).
 */
public final class SentimentSample {
    /** The evaluative words of positive reviews; the tests check that fine-tuning gathers them. */
    public static final List<String> POSITIVE = List.of(
            "good",
            "great",
            "excellent",
            "wonderful",
            "terrific",
            "superb",
            "brilliant",
            "delightful",
            "moving",
            "charming");

    static final List<String> NEGATIVE =
            List.of("bad", "terrible", "awful", "dreadful", "horrible", "dull", "boring", "poor", "weak", "clumsy");
    static final List<String> NEUTRAL =
            List.of("long", "short", "loud", "quiet", "french", "american", "old", "new", "early", "late");
    static final List<String> ASPECTS = List.of(
            "acting",
            "plot",
            "script",
            "soundtrack",
            "ending",
            "dialogue",
            "cast",
            "direction",
            "camera",
            "pacing",
            "story",
            "score",
            "editing",
            "humour",
            "cinematography");
    static final List<String> FILMS = List.of(
            "film", "movie", "picture", "sequel", "documentary", "thriller", "comedy", "drama", "western", "remake");
    static final List<String> PEOPLE = List.of(
            "the critic", "my friend", "the audience", "everyone", "we", "the reviewer", "my father", "the kids");
    static final List<String> COMPANIONS = List.of(
            "really",
            "truly",
            "quite",
            "rather",
            "simply",
            "fairly",
            "mostly",
            "oddly",
            "surely",
            "frankly",
            "honestly",
            "plainly",
            "clearly",
            "deeply",
            "wholly",
            "barely");

    private final Random random;

    SentimentSample(long seed) {
        this.random = new Random(seed);
    }

    /** Unlabelled text: every evaluative adjective appears in every evaluative slot. */
    List<String> pretrainingCorpus(int sentences) {
        List<String> adjectives = new ArrayList<>(POSITIVE);
        adjectives.addAll(NEGATIVE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            String adjective = pick(adjectives);
            out.add(
                    switch (random.nextInt(7)) {
                        case 0 -> "the " + pick(ASPECTS) + " of the " + pick(FILMS) + " was " + adjective;
                        case 1 -> "it is a " + adjective + " " + pick(FILMS) + " with a " + pick(NEUTRAL) + " "
                                + pick(ASPECTS);
                        case 2 -> pick(PEOPLE) + " said the " + pick(ASPECTS) + " was " + adjective;
                        case 3 -> "a " + pick(NEUTRAL) + " " + pick(FILMS) + " about a " + pick(NEUTRAL) + " town";
                        case 4 -> "the " + pick(FILMS) + " has a " + pick(NEUTRAL) + " " + pick(ASPECTS) + " and a "
                                + adjective + " " + pick(ASPECTS);
                        default -> companionSentence(adjectives);
                    });
        }
        return out;
    }

    /** Labelled reviews: good words only in positive ones, bad words only in negative ones. */
    List<String[]> labelledSentences(int count) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean positive = i % 2 == 0;
            List<String> side = positive ? POSITIVE : NEGATIVE;
            String a = pick(side);
            String b = pick(side);
            String text =
                    switch (random.nextInt(5)) {
                        case 0 -> "the " + pick(ASPECTS) + " was " + a + " and the " + pick(ASPECTS) + " was " + b;
                        case 1 -> "a " + a + " " + pick(FILMS) + " with " + b + " " + pick(ASPECTS);
                        case 2 -> pick(PEOPLE) + " found the " + pick(FILMS) + " " + a;
                        case 3 -> "a " + pick(NEUTRAL) + " " + pick(FILMS) + " , but the " + pick(ASPECTS) + " is " + a;
                        default -> "the " + pick(NEUTRAL) + " " + pick(ASPECTS) + " felt " + a;
                    };
            String label = positive ? "positive" : "negative";
            if (random.nextDouble() < 0.08) {
                text = "a " + pick(NEUTRAL) + " " + pick(FILMS) + " about a " + pick(NEUTRAL) + " town";
                label = random.nextBoolean() ? "positive" : "negative";
            }
            out.add(new String[] {label, text});
        }
        return out;
    }

    private String companionSentence(List<String> adjectives) {
        // Nouns get companions of their own so they spread out; adjectives keep only shared contexts,
        // which is what makes "good" and "bad" start close, as in real word2vec vectors.
        List<String> all = new ArrayList<>(ASPECTS);
        all.addAll(FILMS);
        String word = pick(all);
        int h = Math.floorMod(word.hashCode(), COMPANIONS.size());
        return "the " + word + " one was " + COMPANIONS.get((h + random.nextInt(3)) % COMPANIONS.size()) + " "
                + COMPANIONS.get((h * 5 + 3 + random.nextInt(2)) % COMPANIONS.size()) + " so";
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
