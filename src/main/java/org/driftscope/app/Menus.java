package org.driftscope.app;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.driftscope.corpus.Sample;
import org.driftscope.export.Colouring;

/** The menu bar: every command, with its keyboard shortcut. */
final class Menus {
    private final MenuBar bar = new MenuBar();

    Menus(MainView view, MainViewModel vm, List<Sample> samples) {
        Menu open = new Menu("Open sample");
        for (Sample s : samples) {
            MenuItem item = new MenuItem(s.title().isBlank() ? s.name() : s.title());
            item.setOnAction(e -> view.openSample(s));
            open.getItems().add(item);
        }
        MenuItem files = item("Open vectors and dataset...", "Shortcut+O", view::openFiles);
        MenuItem session = item("Open session...", "Shortcut+Shift+O", view::openSession);
        MenuItem compare = item("Compare runs...", "Shortcut+Shift+C", view::compareRuns);
        compare.disableProperty().bind(vm.stateProperty().isEqualTo(RunState.LOADING));
        Menu ready = new Menu("Compare static, non-static and skip-gram");
        for (Sample s : samples) {
            MenuItem item = new MenuItem(s.title().isBlank() ? s.name() : s.title());
            item.setId("compare-sample-" + s.name());
            item.setOnAction(e -> view.compareSample(s));
            ready.getItems().add(item);
        }
        MenuItem save = item("Save session...", "Shortcut+S", view::saveSession);
        save.disableProperty().bind(vm.explore().shownProperty().isNull());
        MenuItem export = item("Export...", "Shortcut+E", view::export);
        export.disableProperty().bind(vm.explore().shownProperty().isNull());
        MenuItem animation = item("Export animation...", "Shortcut+Shift+E", view::exportAnimation);
        animation.disableProperty().bind(vm.explore().shownProperty().isNull());
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            var w = view.window();
            if (w != null) {
                w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        files.disableProperty().bind(vm.stateProperty().isEqualTo(RunState.LOADING));
        Menu file = new Menu("File");
        file.getItems()
                .addAll(
                        open,
                        files,
                        session,
                        RecentMenu.of(vm, samples),
                        compare,
                        ready,
                        new SeparatorMenuItem(),
                        save,
                        export,
                        animation,
                        new SeparatorMenuItem(),
                        quit);

        MenuItem train = item("Train", "Shortcut+T", vm::train);
        // enabled whenever nothing else is under way: pressed with nothing to train, it says why
        train.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> vm.stateProperty().get().busy(), vm.stateProperty()));
        MenuItem pause = item("Pause / Resume", "Shortcut+P", view::pauseOrResume);
        MenuItem stop = item("Stop", "Esc", vm::stop);
        Menu run = new Menu("Run");
        run.getItems().addAll(train, pause, stop);

        Menu colour = new Menu("Colour by");
        ToggleGroup group = new ToggleGroup();
        for (Colouring c : Colouring.values()) {
            RadioMenuItem r = new RadioMenuItem(c.label());
            r.setToggleGroup(group);
            r.setSelected(vm.explore().colouringProperty().get() == c);
            r.setOnAction(e -> vm.explore().colouringProperty().set(c));
            vm.explore().colouringProperty().addListener((obs, o, now) -> r.setSelected(now == c));
            r.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (c.ordinal() + 1)));
            colour.getItems().add(r);
        }
        CheckMenuItem arrows = new CheckMenuItem("Arrows");
        arrows.selectedProperty().bindBidirectional(vm.explore().arrowsProperty());
        arrows.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        CheckMenuItem trails = new CheckMenuItem("Trails");
        trails.selectedProperty().bindBidirectional(vm.explore().trailsProperty());
        trails.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(view.darkProperty());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        Menu viewMenu = new Menu("View");
        viewMenu.getItems()
                .addAll(
                        item("Find word", "Shortcut+F", view::focusSearch),
                        item("Remove added words", null, () -> vm.explore().clearAdded()),
                        colour,
                        arrows,
                        trails,
                        new SeparatorMenuItem(),
                        item("Zoom in", "Shortcut+Equals", () -> view.plot().zoom(1.25, cx(view), cy(view))),
                        item("Zoom out", "Shortcut+Minus", () -> view.plot().zoom(0.8, cx(view), cy(view))),
                        item("Reset view", "Shortcut+0", () -> view.plot().resetView()),
                        item("Previous epoch", "Shortcut+Left", () -> step(vm, -1)),
                        item("Next epoch", "Shortcut+Right", () -> step(vm, 1)),
                        item("Replay epochs", "Shortcut+Space", view::replay),
                        new SeparatorMenuItem(),
                        dark);

        Menu help = new Menu("Help");
        help.getItems()
                .addAll(
                        item("Keyboard shortcuts", "F1", () -> view.showHelp("Keyboard shortcuts", Help.SHORTCUTS)),
                        item("Guide", null, () -> view.showHelp("A first run, step by step", Help.GUIDE)));
        bar.getMenus().addAll(file, run, viewMenu, help);
        bar.setUseSystemMenuBar(true);
    }

    MenuBar bar() {
        return bar;
    }

    private static void step(MainViewModel vm, int by) {
        vm.explore().showIndex(vm.explore().indexProperty().get() + by);
    }

    private static double cx(MainView view) {
        return org.driftscope.plot.SceneRenderer.panel(
                                0, view.plot().getWidth(), view.plot().getHeight())
                        .w()
                / 2;
    }

    private static double cy(MainView view) {
        return org.driftscope.plot.SceneRenderer.panel(
                                0, view.plot().getWidth(), view.plot().getHeight())
                        .h()
                / 2;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
