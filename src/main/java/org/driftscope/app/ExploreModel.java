package org.driftscope.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftscope.drift.Mover;
import org.driftscope.drift.Neighbour;
import org.driftscope.export.Colouring;
import org.driftscope.run.Undrawn;
import org.driftscope.session.EpochView;
import org.driftscope.training.TunedTable;

/**
 * What the user is looking at: the run's epochs, which one is shown, the selected and searched words,
 * and how points are coloured. Changed on the FX thread only; tested without a toolkit.
 */
final class ExploreModel {
    /** At most this many search matches are highlighted (a one-letter search would match thousands). */
    static final int MAX_MATCHES = 50;

    private final ObservableList<EpochView> history = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: the wrapper listens to the list weakly, so a wrapper made per call
     * would be collected with the listeners added to it.
     */
    private final ObservableList<EpochView> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    /** Index into {@link #history} of the epoch on screen. */
    private final IntegerProperty index = new SimpleIntegerProperty(-1);

    private final ReadOnlyObjectWrapper<EpochView> shown = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Set<Integer>> matches = new ReadOnlyObjectWrapper<>(Set.of());
    private final ObjectProperty<Colouring> colouring = new SimpleObjectProperty<>(Colouring.CLASS);
    private final BooleanProperty arrows = new SimpleBooleanProperty(false);
    private final BooleanProperty trails = new SimpleBooleanProperty(true);

    /** The run's whole table before training and its latest kept one: where undrawn words are found. */
    private TunedTable frozenTable;

    private TunedTable tunedTable;
    /** Words of the table, not drawn, that the user added to the plot; placed in every epoch shown. */
    private final List<String> added = new ArrayList<>();

    private final ReadOnlyObjectWrapper<List<org.driftscope.plot.Scene.Added>> placed =
            new ReadOnlyObjectWrapper<>(List.of());
    /** The added word shown and its neighbours before and after, for the tables held now; or null. */
    private java.util.Map.Entry<String, List<List<Neighbour>>> addedLists;

    /** The added word whose neighbours the side panel shows, or null. */
    private final ReadOnlyObjectWrapper<String> addedSelected = new ReadOnlyObjectWrapper<>();

    ExploreModel() {
        index.addListener((obs, old, now) -> shown.set(at(now.intValue())));
        search.addListener((obs, old, now) -> matches.set(find(now)));
        shown.addListener(obs -> place());
        selected.addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                addedSelected.set(null);
            }
        });
    }

    /** The run's whole tables (either may be null): the latest one replaces the previous. */
    void tables(TunedTable frozen, TunedTable tuned) {
        frozenTable = frozen;
        tunedTable = tuned;
        addedLists = null;
        added.removeIf(w -> frozen == null || !frozen.words().contains(w));
        if (addedSelected.get() != null && !added.contains(addedSelected.get())) {
            addedSelected.set(null);
        }
        place();
    }

    /** How many words the whole table holds, or 0 when the run has none yet. */
    int tableSize() {
        return frozenTable == null ? 0 : frozenTable.size();
    }

    /**
     * Adds a word of the table that is not drawn to the plot, placed among its nearest drawn words, and
     * shows its neighbours; false when the table does not hold it or it is drawn.
     */
    boolean addWord(String word) {
        EpochView v = shown.get();
        if (v == null
                || frozenTable == null
                || v.run().tracked().words().contains(word)
                || !frozenTable.words().contains(word)) {
            return false;
        }
        if (!added.contains(word)) {
            added.add(word);
        }
        selected.set(-1);
        addedSelected.set(word);
        place();
        return true;
    }

    /** Takes every added word off the plot. */
    void clearAdded() {
        added.clear();
        addedSelected.set(null);
        place();
    }

    /** The table word, not drawn, that the search names best: exact, else the first starting with it. */
    String undrawnMatch() {
        EpochView v = shown.get();
        String q = search.get().strip();
        if (v == null || frozenTable == null || q.isEmpty()) {
            return null;
        }
        List<String> drawn = v.run().tracked().words();
        String lower = q.toLowerCase(Locale.ROOT);
        String prefix = null;
        for (String w : frozenTable.words()) {
            if (w.equals(q) && !drawn.contains(w)) {
                return w;
            }
            if (prefix == null && w.toLowerCase(Locale.ROOT).startsWith(lower) && !drawn.contains(w)) {
                prefix = w;
            }
        }
        return prefix;
    }

    /** Whether the added word shown started as its pretrained vector (true when not known). */
    boolean addedPretrained() {
        String w = addedSelected.get();
        boolean[] flags = frozenTable == null ? null : frozenTable.pretrained();
        int row = w == null || flags == null ? -1 : frozenTable.words().indexOf(w);
        return row < 0 || flags[row];
    }

    /** The epoch whose table the tuned placements and an added word's "after" neighbours come from. */
    int tunedTableEpoch() {
        return tunedTable == null ? -1 : tunedTable.epoch();
    }

    private void place() {
        EpochView v = shown.get();
        if (v == null || added.isEmpty() || frozenTable == null) {
            placed.set(List.of());
            return;
        }
        List<org.driftscope.plot.Scene.Added> list = new ArrayList<>();
        for (String w : added) {
            org.driftscope.plot.Scene.Added p = Undrawn.place(v, frozenTable, tunedTable, w);
            if (p != null) {
                list.add(p);
            }
        }
        placed.set(List.copyOf(list));
    }

    /** Starts over with these epochs (a new run's preview, a reopened session), showing the last. */
    void reset(List<EpochView> epochs) {
        String word = drawnSelected();
        history.setAll(epochs);
        index.set(-1);
        index.set(epochs.size() - 1);
        selected.set(
                word == null || shown.get() == null
                        ? -1
                        : shown.get().run().tracked().words().indexOf(word));
        matches.set(find(search.get()));
    }

    /**
     * Adds a new epoch. The view follows it when the user was on the latest epoch, and stays where it
     * is when they had gone back to look at an earlier one.
     */
    void add(EpochView view) {
        boolean following = index.get() == history.size() - 1;
        history.add(view);
        if (following) {
            index.set(history.size() - 1);
        }
    }

    void clear() {
        added.clear();
        addedSelected.set(null);
        placed.set(List.of());
        history.clear();
        index.set(-1);
        selected.set(-1);
        matches.set(Set.of());
    }

    /** Shows the epoch at this position in the history (clamped). */
    void showIndex(int i) {
        if (!history.isEmpty()) {
            index.set(Math.max(0, Math.min(history.size() - 1, i)));
        }
    }

    /** Selects a word by its spelling; false when the run does not track it. */
    boolean selectWord(String word) {
        EpochView v = shown.get();
        int i = v == null ? -1 : v.run().tracked().words().indexOf(word);
        if (i >= 0) {
            selected.set(i);
        }
        return i >= 0;
    }

    /** Selects the best match of the search: the exact word, or else the first word starting with it. */
    boolean selectSearched() {
        EpochView v = shown.get();
        String q = search.get().strip().toLowerCase(Locale.ROOT);
        if (v == null || q.isEmpty()) {
            return false;
        }
        if (selectWord(q) || selectWord(search.get().strip())) {
            return true;
        }
        Set<Integer> m = matches.get();
        if (m.isEmpty()) {
            return false;
        }
        selected.set(m.iterator().next());
        return true;
    }

    /** The selected word: a drawn one, or an added one whose neighbours are shown. */
    String selectedWord() {
        return addedSelected.get() != null ? addedSelected.get() : drawnSelected();
    }

    private String drawnSelected() {
        EpochView v = shown.get();
        int i = selected.get();
        return v == null || i < 0 || i >= v.run().tracked().size()
                ? null
                : v.run().tracked().words().get(i);
    }

    /** Words whose spelling starts with the search (case ignored), exact matches first. */
    private Set<Integer> find(String text) {
        EpochView v = shown.get();
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (v == null || q.isEmpty()) {
            return Set.of();
        }
        List<String> words = v.run().tracked().words();
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size() && found.size() < MAX_MATCHES; i++) {
            if (words.get(i).toLowerCase(Locale.ROOT).equals(q)) {
                found.add(i);
            }
        }
        for (int i = 0; i < words.size() && found.size() < MAX_MATCHES; i++) {
            if (words.get(i).toLowerCase(Locale.ROOT).startsWith(q)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * A word's positions in the tuned panel from epoch 0 to the epoch shown: its trail.
     *
     * @return x, y pairs, one per epoch
     */
    double[] trail(int word) {
        int upTo = index.get();
        double[] xy = new double[2 * (upTo + 1)];
        for (int e = 0; e <= upTo; e++) {
            var layout = history.get(e).tuned();
            xy[2 * e] = layout.x(word);
            xy[2 * e + 1] = layout.y(word);
        }
        return xy;
    }

    /** The selected word's nearest neighbours in the pretrained vectors and after the epoch shown. */
    List<List<Neighbour>> neighbours() {
        EpochView v = shown.get();
        String extra = addedSelected.get();
        if (v != null && extra != null) {
            // not drawn: searched in the tables the run keeps (before training, and the latest), once per
            // word and table rather than on every epoch shown
            if (addedLists == null || !addedLists.getKey().equals(extra)) {
                TunedTable after = tunedTable != null ? tunedTable : frozenTable;
                addedLists = java.util.Map.entry(
                        extra,
                        List.of(
                                Undrawn.neighbours(frozenTable, extra),
                                after.epoch() == 0 ? List.of() : Undrawn.neighbours(after, extra)));
            }
            return addedLists.getValue();
        }
        int i = selected.get();
        if (v == null || i < 0) {
            return List.of(List.of(), List.of());
        }
        return List.of(v.drift().before(i), v.drift().after(i));
    }

    /** The most-moved words at the epoch shown, each with its displacement after every epoch so far. */
    List<Mover> movers() {
        EpochView v = shown.get();
        return v == null ? List.of() : v.drift().mostMoved();
    }

    /** One line about a word for a tooltip: counts, how far it moved, and its neighbours now. */
    String describe(int i) {
        EpochView v = shown.get();
        var t = v.run().tracked();
        var d = v.drift();
        List<String> near = new ArrayList<>();
        for (Neighbour n : d.after(i)) {
            if (near.size() < 5) {
                near.add(n.word());
            }
        }
        return String.format(
                Locale.ROOT,
                "%s%nseen %,d times in training%s%ndisplacement %.3f, neighbour overlap %.0f%% (of its 10 nearest,"
                        + " the share still nearest)%nnearest now: %s",
                t.words().get(i),
                t.trainCount(i),
                t.pretrained()[i] ? "" : " (no pretrained vector)",
                d.displacement()[i],
                100 * d.overlap()[i],
                String.join(", ", near));
    }

    private EpochView at(int i) {
        return i >= 0 && i < history.size() ? history.get(i) : null;
    }

    ObservableList<EpochView> history() {
        return readOnlyHistory;
    }

    IntegerProperty indexProperty() {
        return index;
    }

    ReadOnlyObjectProperty<EpochView> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    EpochView shown() {
        return shown.get();
    }

    IntegerProperty selectedProperty() {
        return selected;
    }

    StringProperty searchProperty() {
        return search;
    }

    ReadOnlyObjectProperty<Set<Integer>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<org.driftscope.plot.Scene.Added>> placedProperty() {
        return placed.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> addedSelectedProperty() {
        return addedSelected.getReadOnlyProperty();
    }

    ObjectProperty<Colouring> colouringProperty() {
        return colouring;
    }

    BooleanProperty arrowsProperty() {
        return arrows;
    }

    BooleanProperty trailsProperty() {
        return trails;
    }
}
