package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/** The redraw scheduler on a fake clock: what it redraws, when, and that nothing is left undrawn. */
class RedrawSchedulerTest {
    private static final long MS = 1_000_000L;
    private static final long PERIOD = 200 * MS;
    private static final long DELIVERY = LiveTraining.DELIVERY_NANOS;

    /** A clock, a timer and a screen that the test moves by hand. */
    private static final class Fake implements RedrawScheduler.Timer, RedrawScheduler.Visibility {
        private record Task(long at, long order, Runnable run) {
        }

        long now = 1_000 * MS;
        boolean showing = true;
        long order;
        final PriorityQueue<Task> tasks = new PriorityQueue<>(
                Comparator.comparingLong(Task::at).thenComparingLong(Task::order));
        final List<Runnable> waitingToShow = new ArrayList<>();
        final List<Long> redraws = new ArrayList<>();

        @Override
        public void schedule(Runnable task, long delayNanos) {
            tasks.add(new Task(now + Math.max(0, delayNanos), order++, task));
        }

        @Override
        public boolean showing() {
            return showing;
        }

        @Override
        public void whenShown(Runnable then) {
            waitingToShow.add(then);
        }

        /** Moves the clock to {@code t}, running the timer's tasks due on the way. */
        void advanceTo(long t) {
            while (!tasks.isEmpty() && tasks.peek().at() <= t) {
                Task task = tasks.poll();
                now = task.at();
                task.run().run();
            }
            now = t;
        }

        void show(boolean on) {
            showing = on;
            if (on) {
                List<Runnable> callbacks = List.copyOf(waitingToShow);
                waitingToShow.clear();
                callbacks.forEach(Runnable::run);
            }
        }

        RedrawScheduler scheduler(long period) {
            return new RedrawScheduler(period, () -> now, this, this, () -> redraws.add(now));
        }

        RedrawScheduler takingTurns(long period, RedrawScheduler.Turns turns, List<Long> into) {
            return new RedrawScheduler(period, () -> now, this, this, () -> into.add(now), turns);
        }
    }

    @Test
    void redrawsAtMostOncePerPeriodWhileChangesPourIn() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        long start = fake.now;
        for (long t = start; t < start + 2_000 * MS; t += 5 * MS) { // a change every 5 ms for 2 s
            fake.advanceTo(t);
            s.request();
        }
        fake.advanceTo(start + 3_000 * MS);

        assertThat(fake.redraws).hasSizeBetween(2_000 / 200, 2_000 / 175 + 2);
        for (int i = 1; i < fake.redraws.size(); i++) {
            assertThat(fake.redraws.get(i) - fake.redraws.get(i - 1)).as("gap before redraw %d", i)
                    .isGreaterThanOrEqualTo(PERIOD - RedrawScheduler.ALIGN_NANOS);
        }
    }

    @Test
    void theLastChangeIsAlwaysDrawn() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        s.request();
        fake.advanceTo(fake.now + 10 * MS);
        s.request(); // too soon: waits
        assertThat(fake.redraws).hasSize(1);
        assertThat(s.pending()).isTrue();

        fake.advanceTo(fake.now + PERIOD + RedrawScheduler.LATE_NANOS);

        assertThat(fake.redraws).hasSize(2);
        assertThat(s.pending()).isFalse();
        assertThat(fake.tasks).isEmpty();
    }

    @Test
    void redrawsRideOnDeliveriesInsteadOfTheTimer() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        long start = fake.now;
        List<Long> deliveries = new ArrayList<>();
        for (long t = start; t <= start + 1_000 * MS; t += DELIVERY) {
            fake.advanceTo(t);
            deliveries.add(t);
            s.request();
        }

        assertThat(deliveries).containsAll(fake.redraws);
        assertThat(fake.redraws).hasSize(6); // 0, 200, 400, 600, 800, 1000 ms
    }

    @Test
    void aHiddenViewNeverRedrawsAndCatchesUpOnceShown() {
        Fake fake = new Fake();
        fake.showing = false;
        RedrawScheduler s = fake.scheduler(PERIOD);
        for (int i = 0; i < 100; i++) {
            fake.advanceTo(fake.now + 30 * MS);
            s.request();
        }
        s.requestNow();
        fake.advanceTo(fake.now + 5_000 * MS);
        assertThat(fake.redraws).isEmpty();
        assertThat(fake.waitingToShow).as("one listener, however many changes").hasSize(1);

        fake.show(true);

        assertThat(fake.redraws).hasSize(1);
        assertThat(s.pending()).isFalse();
    }

    @Test
    void aViewHiddenWhileAChangeWaitsDrawsItWhenShownNotBefore() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        s.request();
        fake.advanceTo(fake.now + 20 * MS);
        s.request();
        fake.show(false);
        fake.advanceTo(fake.now + 2_000 * MS);
        assertThat(fake.redraws).hasSize(1);

        fake.show(true);

        assertThat(fake.redraws).hasSize(2);
    }

    @Test
    void aViewShownWithNothingNewDoesNotRedraw() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        s.request();
        fake.show(false);
        fake.show(true);
        fake.advanceTo(fake.now + 2_000 * MS);

        assertThat(fake.redraws).hasSize(1);
        assertThat(fake.waitingToShow).isEmpty();
    }

    @Test
    void aChangeTheUserWaitsForIsDrawnAtOnce() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(PERIOD);
        s.request();
        fake.advanceTo(fake.now + MS);
        s.requestNow();

        assertThat(fake.redraws).hasSize(2);
    }

    @Test
    void aZeroPeriodRedrawsForEveryRequest() {
        Fake fake = new Fake();
        RedrawScheduler s = fake.scheduler(0);
        for (int i = 0; i < 5; i++) {
            s.request();
            fake.advanceTo(fake.now + DELIVERY);
        }

        assertThat(fake.redraws).hasSize(5);
    }

    @Test
    void viewsTakingTurnsNeverRedrawInTheSameDeliveryYetEachKeepsItsRate() {
        Fake fake = new Fake();
        RedrawScheduler.Turns turns = new RedrawScheduler.Turns();
        List<List<Long>> redraws = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<RedrawScheduler> views = redraws.stream().map(r -> fake.takingTurns(PERIOD, turns, r)).toList();
        long start = fake.now;
        for (long t = start; t <= start + 2_000 * MS; t += DELIVERY) {
            fake.advanceTo(t);
            views.forEach(RedrawScheduler::request);
        }
        fake.advanceTo(start + 3_000 * MS);

        List<Long> all = new ArrayList<>();
        redraws.forEach(all::addAll);
        assertThat(all).as("one redraw per delivery at most").doesNotHaveDuplicates();
        for (List<Long> r : redraws) {
            assertThat(r).as("each view still redraws about every period").hasSizeGreaterThanOrEqualTo(8);
        }
        assertThat(views).allMatch(v -> !v.pending());
    }

    @Test
    void aViewWaitingForItsTurnStillDrawsItsLastChange() {
        Fake fake = new Fake();
        RedrawScheduler.Turns turns = new RedrawScheduler.Turns();
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        RedrawScheduler a = fake.takingTurns(PERIOD, turns, first);
        RedrawScheduler b = fake.takingTurns(PERIOD, turns, second);
        a.request();
        b.request(); // a took this delivery's turn: b waits, and no delivery follows

        assertThat(second).isEmpty();
        fake.advanceTo(fake.now + RedrawScheduler.LATE_NANOS);

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(b.pending()).isFalse();
    }
}
