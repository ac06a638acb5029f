package org.driftscope.app;

/** The Help menu's two sheets: every keyboard and mouse action, and the walkthrough of a first run. */
final class Help {
    private Help() {}

    static final String SHORTCUTS = String.join(
            "\n",
            "Files",
            "  Ctrl+O            open vectors and a dataset",
            "  Ctrl+Shift+O      open a session",
            "  Ctrl+S            save the session",
            "  Ctrl+E            export the epoch on screen",
            "  Ctrl+Shift+E      export an animation of the epochs",
            "  Ctrl+Shift+C      compare the run with saved sessions",
            "  Ctrl+Q            quit",
            "",
            "Training",
            "  Ctrl+T            train with the settings on the left",
            "  Ctrl+P            pause or resume after the current batch",
            "  Esc               stop after the current batch",
            "",
            "Looking",
            "  Ctrl+F            find a word (Enter selects it, or adds a word that is not drawn; Esc clears)",
            "  Ctrl+1 .. Ctrl+4  colour by class, displacement, exposure, trust",
            "  Ctrl+R            arrows from each word's frozen place",
            "  Ctrl+L            trails of the selected and found words",
            "  Ctrl+Left/Right   previous / next epoch",
            "  Ctrl+Space        replay every epoch",
            "  Ctrl+Shift+D      dark theme",
            "",
            "Plot (click it first)",
            "  scroll, + and -   zoom about the pointer (both panels together)",
            "  drag, arrow keys  pan",
            "  0                 the whole frame again",
            "  hover             a word's numbers and neighbours",
            "  click             select a word in both panels; double-click zooms in");

    static final String GUIDE = String.join(
            "\n",
            "1. Open a sample (File > Open sample) or your own vectors and dataset (Ctrl+O). Both panels show",
            "   the same layout of the pretrained vectors: nothing has been trained yet.",
            "2. Choose a regime on the left: rand (random start), static (pretrained, frozen), non-static",
            "   (pretrained, fine-tuned) or multichannel; Freeze for N keeps the embedding frozen N epochs.",
            "   Type pairs to watch, such as good:bad. Press Train (Ctrl+T).",
            "3. After each epoch the right panel shows the fine-tuned vectors in the left panel's frame: a word",
            "   that sits elsewhere moved in vector space; one whose neighbours stayed keeps its place. The header",
            "   gives the watched pairs' cosines and how far to trust the picture.",
            "4. Find a word (Ctrl+F): its neighbours before and after are in the Neighbours tab. Most moved lists",
            "   the words training changed most; Pairs plots the watched cosines per epoch.",
            "5. The slider under the plot goes back to any epoch; Replay animates the run.",
            "6. Export (Ctrl+E) writes the picture as on screen (PNG, SVG), the coordinates and drift (CSV) and",
            "   the fine-tuned vectors, every row of your file; Save session keeps the whole run.");
}
