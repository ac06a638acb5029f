package org.driftscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Late results of replaced work never reach the window; whatever the work throws does. */
class JobsTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final Jobs jobs = new Jobs(background::add, ui::add);
    private final List<String> seen = new ArrayList<>();

    private void drain() {
        while (!background.isEmpty() || !ui.isEmpty()) {
            Runnable next = background.isEmpty() ? ui.poll() : background.poll();
            next.run();
        }
    }

    @Test
    void aLoadThatFinishesAfterALaterOneIsDropped() {
        Jobs.Ticket slow = jobs.replace();
        slow.run(() -> "first files", seen::add, e -> seen.add("failed"));
        Jobs.Ticket later = jobs.replace();
        later.run(() -> "second files", seen::add, e -> seen.add("failed"));

        drain();

        assertThat(seen).containsExactly("second files");
        assertThat(slow.current()).isFalse();
        assertThat(later.current()).isTrue();
    }

    @Test
    void aSaveAlongsideReportsEvenAfterNewWorkStarts() {
        jobs.alongside().run(() -> "saved", seen::add, e -> seen.add("failed"));
        jobs.replace();

        drain();

        assertThat(seen).containsExactly("saved");
    }

    @Test
    void exceptionsAndErrorsOfTheWorkComeBackAsFailures() {
        List<Exception> failures = new ArrayList<>();
        Jobs.Ticket t = jobs.replace();
        t.<String>run(
                () -> {
                    throw new IOException("vec.bin: truncated at byte 12");
                },
                seen::add,
                failures::add);
        t.<String>run(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                seen::add,
                failures::add);
        t.<String>run(
                () -> {
                    throw new StackOverflowError();
                },
                seen::add,
                failures::add);

        drain();

        assertThat(seen).isEmpty();
        assertThat(failures).hasSize(3);
        assertThat(failures.get(0)).hasMessage("vec.bin: truncated at byte 12");
        assertThat(failures.get(1).getMessage()).contains("not enough memory").contains("-Xmx");
        assertThat(failures.get(2).getMessage()).isEqualTo("StackOverflowError");
    }

    @Test
    void thenRunsOnTheUiOnlyWhileTheTicketIsCurrent() {
        Jobs.Ticket old = jobs.replace();
        old.then(() -> seen.add("before"));
        drain();
        jobs.replace();
        old.then(() -> seen.add("after"));
        drain();

        assertThat(seen).containsExactly("before");
    }
}
