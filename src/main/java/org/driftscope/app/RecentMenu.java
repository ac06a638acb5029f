package org.driftscope.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.driftscope.corpus.Sample;

/** File > Open recent, kept in step with the view model's list. */
final class RecentMenu {
    private RecentMenu() {}

    static Menu of(MainViewModel vm, List<Sample> samples) {
        Menu menu = new Menu("Open recent");
        Runnable fill = () -> {
            menu.getItems().clear();
            for (String entry : vm.recentProperty()) {
                MenuItem item = new MenuItem(describe(entry));
                item.setOnAction(e -> vm.openRecent(entry, samples));
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        fill.run();
        vm.recentProperty().addListener((ListChangeListener<String>) c -> fill.run());
        return menu;
    }

    /** A recent entry as a person reads it. */
    static String describe(String entry) {
        if (entry.startsWith("sample:")) {
            return "Sample: " + entry.substring("sample:".length());
        }
        if (entry.startsWith("session:")) {
            return "Session: " + Path.of(entry.substring("session:".length())).getFileName();
        }
        if (entry.startsWith("files:")) {
            Dialogs.FilePair files = RecentEntries.filesOf(entry);
            return files.dataset().getFileName() + " with " + files.vectors().getFileName();
        }
        return entry;
    }
}
