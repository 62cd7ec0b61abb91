package org.perceptra.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FxEventPumpTest {
    /** Records scheduled deliveries; the test decides when the "FX thread" runs them. */
    private static final class ManualScheduler implements FxEventPump.FrameScheduler {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();

        @Override
        public synchronized void schedule(Runnable task, long delayNanos) {
            tasks.add(task);
            delays.add(delayNanos);
        }

        synchronized void runAll() {
            List<Runnable> now = new ArrayList<>(tasks);
            tasks.clear();
            now.forEach(Runnable::run);
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<List<Integer>> deliveries = new ArrayList<>();
    private final FxEventPump<Integer> pump = new FxEventPump<>(deliveries::add, scheduler, clock::get,
            FxEventPump.FRAME_NANOS);

    @Test
    void eventsArrivingBeforeADeliveryShareOneTaskAndKeepTheirOrder() {
        pump.offer(1);
        pump.offer(2);
        pump.offer(3);

        assertThat(scheduler.tasks).hasSize(1);
        scheduler.runAll();
        assertThat(deliveries).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void theFirstDeliveryIsImmediateAndTheNextWaitsForTheRestOfTheFrame() {
        pump.offer(1);
        assertThat(scheduler.delays).containsExactly(0L);
        scheduler.runAll();

        clock.addAndGet(4_000_000L);
        pump.offer(2);
        assertThat(scheduler.delays.get(1)).isEqualTo(FxEventPump.FRAME_NANOS - 4_000_000L);
        scheduler.runAll();
        assertThat(deliveries).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void anEventOfferedWhileTheSinkRunsGetsItsOwnDelivery() {
        FxEventPump<Integer>[] self = new FxEventPump[1];
        List<Integer> seen = new ArrayList<>();
        self[0] = new FxEventPump<>(batch -> {
            seen.addAll(batch);
            if (batch.contains(1)) {
                self[0].offer(2);
            }
        }, scheduler, clock::get, FxEventPump.FRAME_NANOS);
        self[0].offer(1);
        scheduler.runAll();
        scheduler.runAll();

        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void nothingIsDeliveredAfterClose() {
        pump.offer(1);
        pump.close();
        pump.offer(2);
        scheduler.runAll();

        assertThat(deliveries).isEmpty();
    }

    @Test
    void manyProducersLoseNothingKeepEachOneOrderAndNeverHaveTwoDeliveriesPending() throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger mostOutstanding = new AtomicInteger();
        List<Integer> received = new ArrayList<>();
        FxEventPump<Integer> concurrent = new FxEventPump<>(received::addAll, (task, delay) -> {
            mostOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            fx.execute(() -> {
                outstanding.decrementAndGet();
                task.run();
            });
        }, System::nanoTime, 0);
        int producers = 4;
        int each = 20_000;
        Thread[] threads = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            int base = p * each;
            threads[p] = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    concurrent.offer(base + i);
                }
            });
            threads[p].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        fx.submit(() -> { }).get(); // a delivery scheduled last has run
        fx.shutdown();
        assertThat(fx.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(received).hasSize(producers * each);
        for (int p = 0; p < producers; p++) {
            int base = p * each;
            List<Integer> mine = received.stream().filter(v -> v >= base && v < base + each).toList();
            assertThat(mine).isSorted();
        }
        assertThat(mostOutstanding.get()).isEqualTo(1);
    }
}
