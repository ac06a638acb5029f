package org.driftscope.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.driftscope.corpus.Sample;

/** What the window shows before anything is loaded: the bundled samples, the user's own files, recent ones. */
final class StartScreen {
    private final VBox root = new VBox(16);

    StartScreen(List<Sample> samples, MainViewModel vm, Runnable openFiles, Runnable openSession) {
        root.setId("start-screen");
        root.getStyleClass().add("start-screen");
        root.setAlignment(Pos.TOP_CENTER);
        Label title = new Label("What does fine-tuning do to your word vectors?");
        title.getStyleClass().add("start-title");
        Label hint =
                new Label("Open a sample to see it in a minute, or drop a vectors file and a dataset on this window.");
        hint.getStyleClass().add("start-hint");
        FlowPane cards = new FlowPane(12, 12);
        cards.setAlignment(Pos.CENTER);
        for (Sample s : samples) {
            cards.getChildren().add(card(s, vm::open));
        }
        Button own = new Button("Open vectors and dataset...");
        own.setId("open-files");
        own.setOnAction(e -> openFiles.run());
        Button session = new Button("Open a saved session...");
        session.setId("open-session");
        session.setOnAction(e -> openSession.run());
        VBox recent = new VBox(2);
        recent.setAlignment(Pos.CENTER);
        Runnable fill = () -> {
            recent.getChildren().clear();
            if (!vm.recentProperty().isEmpty()) {
                recent.getChildren().add(new Label("Recent"));
            }
            for (String entry : vm.recentProperty()) {
                Hyperlink link = new Hyperlink(RecentMenu.describe(entry));
                link.setOnAction(e -> vm.openRecent(entry, samples));
                recent.getChildren().add(link);
            }
        };
        fill.run();
        vm.recentProperty().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        root.getChildren().addAll(title, hint, cards, new javafx.scene.layout.HBox(10, own, session), recent);
        ((javafx.scene.layout.HBox) root.getChildren().get(3)).setAlignment(Pos.CENTER);
    }

    private static Node card(Sample s, Consumer<Sample> open) {
        Label name = new Label(s.title().isBlank() ? s.name() : s.title());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label story = new Label(s.story());
        story.setWrapText(true);
        story.getStyleClass().add("card-story");
        Button go = new Button("Open " + s.name());
        go.setId("sample-" + s.name());
        go.setOnAction(e -> open.accept(s));
        VBox card = new VBox(8, name, story, go);
        card.getStyleClass().add("card");
        card.setPrefWidth(320);
        return card;
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
