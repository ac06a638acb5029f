package org.driftscope.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.driftscope.export.ExportSet;

/** Answers the window's questions as a test scripted them; errors still show as real dialogs. */
class ScriptedDialogs extends Dialogs {
    volatile ExportSet export;
    volatile Path sessionToSave;
    volatile Path sessionToOpen;
    volatile boolean confirm = true;
    volatile FilePair files;
    volatile Path animation;
    volatile java.util.List<Path> sessionsToCompare = java.util.List.of();
    volatile Path comparisonExport;

    @Override
    java.util.List<Path> chooseSessionsToCompare(Window owner) {
        return sessionsToCompare;
    }

    @Override
    Optional<Path> chooseComparisonExport(Window owner, Path folder) {
        return Optional.ofNullable(comparisonExport);
    }

    @Override
    Optional<Path> chooseAnimation(Window owner, Path folder, String suggestedName) {
        return Optional.ofNullable(animation);
    }
    /** The questions asked, in order. */
    final java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    Optional<FilePair> chooseFiles(Window owner, FilePair last) {
        return Optional.ofNullable(files);
    }

    /** What the export dialog was last offered. */
    volatile ExportSet suggestedExport;

    @Override
    Optional<ExportSet> chooseExport(Window owner, ExportSet suggested) {
        suggestedExport = suggested;
        return Optional.ofNullable(export);
    }

    @Override
    Optional<Path> chooseSessionToSave(Window owner, String suggestedName) {
        return Optional.ofNullable(sessionToSave);
    }

    @Override
    Optional<Path> chooseSessionToOpen(Window owner) {
        return Optional.ofNullable(sessionToOpen);
    }

    @Override
    boolean confirm(Window owner, String question, String detail) {
        asked.add(question);
        return confirm;
    }
}
