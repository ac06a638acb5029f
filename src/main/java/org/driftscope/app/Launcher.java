package org.driftscope.app;

import javafx.application.Application;

/**
 * Starts the desktop app. A separate main class, because the JavaFX launcher refuses a main class that
 * extends {@link Application} when JavaFX is on the class path rather than the module path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(DriftscopeApp.class, args);
    }
}
