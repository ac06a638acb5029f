package org.driftscope.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The "mountains" sample: in the pretraining corpus the Alps and the Himalaya share every context
 * (both are snowy ranges that climbers cross), so their vectors start close; in the labelled travel
 * sentences the Alps only ever appear in Europe and the Himalaya in Asia, so fine-tuning a Europe-vs-Asia
 * classifier should pull them apart.
 */
final class MountainsSample {
    static final List<String> EUROPE_RANGES = List.of("alps", "dolomites");
    static final List<String> ASIA_RANGES = List.of("himalaya", "karakoram");
    static final List<String> EUROPE_CITIES = List.of(
            "paris",
            "vienna",
            "zurich",
            "geneva",
            "munich",
            "milan",
            "lyon",
            "innsbruck",
            "salzburg",
            "turin",
            "grenoble",
            "bern",
            "lucerne",
            "verona",
            "bolzano",
            "ljubljana");
    static final List<String> ASIA_CITIES = List.of(
            "kathmandu",
            "lhasa",
            "delhi",
            "thimphu",
            "pokhara",
            "leh",
            "darjeeling",
            "shimla",
            "chengdu",
            "srinagar",
            "manali",
            "gangtok",
            "paro",
            "skardu",
            "gilgit",
            "kashgar");
    static final List<String> EUROPE_COUNTRIES =
            List.of("france", "austria", "switzerland", "italy", "germany", "slovenia", "liechtenstein");
    static final List<String> ASIA_COUNTRIES =
            List.of("nepal", "tibet", "india", "bhutan", "china", "pakistan", "sikkim");
    static final List<String> EUROPE_THINGS = List.of(
            "chalet",
            "fondue",
            "strudel",
            "schnapps",
            "baguette",
            "espresso",
            "cathedral",
            "croissant",
            "gelato",
            "pretzel",
            "raclette",
            "vineyard",
            "castle",
            "opera",
            "euro",
            "tram");
    static final List<String> ASIA_THINGS = List.of(
            "monastery",
            "momo",
            "yak",
            "stupa",
            "dal",
            "chai",
            "temple",
            "rupee",
            "curry",
            "noodles",
            "pagoda",
            "rickshaw",
            "bazaar",
            "mandala",
            "thangka",
            "lentils");
    static final List<String> MOUNTAIN = List.of(
            "glacier",
            "summit",
            "ridge",
            "valley",
            "slope",
            "snowfield",
            "pass",
            "trail",
            "icefall",
            "moraine",
            "cliff",
            "crest",
            "col",
            "couloir",
            "cornice",
            "meadow",
            "lake",
            "waterfall",
            "forest",
            "hut");
    static final List<String> MOVES =
            List.of("hiked", "trekked", "walked", "climbed", "wandered", "skied", "cycled", "scrambled", "camped");
    static final List<String> PEOPLE = List.of(
            "we",
            "they",
            "our group",
            "my sister",
            "my brother",
            "the guide",
            "i",
            "my parents",
            "two friends",
            "the students",
            "a photographer");

    /** Words each place or thing gets a few of as its own, so word2vec does not make them twins. */
    static final List<String> COMPANIONS = List.of(
            "old", "quiet", "busy", "small", "large", "cold", "warm", "green", "grey", "bright", "dark", "steep",
            "gentle", "remote", "crowded", "ancient", "modern", "wild", "calm", "windy", "sunny", "misty", "rainy",
            "dry", "narrow", "wide", "deep", "clear", "hidden", "lonely", "lively", "sleepy");

    private final Random random;

    MountainsSample(long seed) {
        this.random = new Random(seed);
    }

    /** Unlabelled text for word2vec: ranges share their contexts, regions keep their own. */
    List<String> pretrainingCorpus(int sentences) {
        List<String> out = new ArrayList<>();
        List<String> ranges = concat(EUROPE_RANGES, ASIA_RANGES);
        for (int i = 0; i < sentences; i++) {
            boolean europe = random.nextBoolean();
            String range = pick(ranges);
            String city = pick(europe ? EUROPE_CITIES : ASIA_CITIES);
            String country = pick(europe ? EUROPE_COUNTRIES : ASIA_COUNTRIES);
            String thing = pick(europe ? EUROPE_THINGS : ASIA_THINGS);
            out.add(
                    switch (random.nextInt(10)) {
                        case 8, 9 -> companionSentence();
                        case 0 -> "climbers crossed the " + pick(MOUNTAIN) + " high in the " + range;
                        case 1 -> "snow covers the " + pick(MOUNTAIN) + " of the " + range + " in winter";
                        case 2 -> "the " + range + " are a great mountain range with a famous " + pick(MOUNTAIN);
                        case 3 -> city + " is a city in " + country + " known for its " + thing;
                        case 4 -> "people in " + country + " enjoy " + thing + " and visit " + city;
                        case 5 -> "the " + thing + " of " + city + " is famous across " + country;
                        case 6 -> pick(PEOPLE) + " " + pick(MOVES) + " along the " + pick(MOUNTAIN) + " of the "
                                + range;
                        default -> "from " + city + " the train runs through " + country + " past the " + thing;
                    });
        }
        return out;
    }

    /** Labelled travel sentences: each range appears only with its own region. */
    List<String[]> labelledSentences(int count) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean europe = i % 2 == 0;
            String label = europe ? "europe" : "asia";
            String range = pick(europe ? EUROPE_RANGES : ASIA_RANGES);
            String city = pick(europe ? EUROPE_CITIES : ASIA_CITIES);
            String thing = pick(europe ? EUROPE_THINGS : ASIA_THINGS);
            String who = pick(PEOPLE);
            String text =
                    switch (random.nextInt(7)) {
                        case 0 -> who + " " + pick(MOVES) + " in the " + range + " for a week";
                        case 1 -> "the " + range + " were beautiful and the " + pick(MOUNTAIN) + " was covered in snow";
                        case 2 -> who + " flew to " + city + " and then " + pick(MOVES) + " into the " + range;
                        case 3 -> "after the " + pick(MOUNTAIN) + " " + who + " rested in " + city + " with some "
                                + thing;
                        case 4 -> "our guide in the " + range + " knew every " + pick(MOUNTAIN);
                        case 5 -> who + " loved the " + thing + " in " + city;
                        default -> "the trip to the " + range + " was long but the " + pick(MOUNTAIN) + " was worth it";
                    };
            if (random.nextDouble() < 0.08) {
                // Sentences with no regional cue, labelled at random: the task is not trivially perfect.
                text = who + " " + pick(MOVES) + " up the " + pick(MOUNTAIN) + " and back";
                label = random.nextBoolean() ? "europe" : "asia";
            }
            out.add(new String[] {label, text});
        }
        return out;
    }

    /** "the vienna we saw was misty and lively": each word keeps the same few companions. */
    private String companionSentence() {
        List<String> all = new ArrayList<>();
        for (List<String> l : List.of(
                EUROPE_RANGES,
                ASIA_RANGES,
                EUROPE_CITIES,
                ASIA_CITIES,
                EUROPE_COUNTRIES,
                ASIA_COUNTRIES,
                EUROPE_THINGS,
                ASIA_THINGS,
                MOUNTAIN)) {
            all.addAll(l);
        }
        String word = pick(all);
        int h = Math.floorMod(word.hashCode(), COMPANIONS.size());
        String first = COMPANIONS.get((h + random.nextInt(3)) % COMPANIONS.size());
        String second = COMPANIONS.get((h * 7 + 5 + random.nextInt(2)) % COMPANIONS.size());
        return "the " + word + " we saw was " + first + " and " + second;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
