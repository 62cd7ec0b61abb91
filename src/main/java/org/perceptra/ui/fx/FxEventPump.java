package org.perceptra.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Carries events from a worker thread to the FX thread without slowing the worker: {@link #offer} only queues
 * (lock-free) and, when no delivery is pending, schedules one. A delivery hands everything that arrived, in
 * arrival order, to the sink in one list, and deliveries are at least one frame apart, so the FX thread
 * gets at most one task per frame however fast events come.
 *
 * @param <E> the event type
 */
public final class FxEventPump<E> {
    /** Nanoseconds of one frame at 60 Hz. */
    public static final long FRAME_NANOS = 16_666_667L;

    /** Runs a task on the FX thread after a delay (0: as soon as possible). */
    @FunctionalInterface
    public interface FrameScheduler {
        void schedule(Runnable task, long delayNanos);
    }

    private final ConcurrentLinkedQueue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Consumer<List<E>> sink;
    private final FrameScheduler scheduler;
    private final LongSupplier clock;
    private final long frameNanos;
    private volatile long lastDelivery;
    private volatile boolean closed;

    public FxEventPump(Consumer<List<E>> sink, FrameScheduler scheduler, LongSupplier nanoClock, long frameNanos) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.frameNanos = frameNanos;
        this.lastDelivery = nanoClock.getAsLong() - frameNanos;
    }

    /** A pump delivering on the JavaFX application thread, at most once per 60 Hz frame. */
    public static <E> FxEventPump<E> toFxThread(Consumer<List<E>> sink) {
        return toFxThread(sink, FRAME_NANOS);
    }

    /** A pump delivering on the JavaFX application thread at most once per {@code intervalNanos}. */
    public static <E> FxEventPump<E> toFxThread(Consumer<List<E>> sink, long intervalNanos) {
        return new FxEventPump<>(sink, FxThread::schedule, System::nanoTime, Math.max(FRAME_NANOS, intervalNanos));
    }

    /** Queues an event; callable from any thread, returns at once. Ignored after {@link #close}. */
    public void offer(E event) {
        if (closed) {
            return;
        }
        queue.add(event);
        if (pending.compareAndSet(false, true)) {
            long wait = frameNanos - (clock.getAsLong() - lastDelivery);
            scheduler.schedule(this::deliver, Math.max(0, wait));
        }
    }

    /** Stops deliveries: events queued or offered later are dropped (a run that was reset speaks no more). */
    public void close() {
        closed = true;
        queue.clear();
    }

    private void deliver() {
        // Cleared first: an event offered while the sink runs schedules the next delivery instead of being stranded.
        pending.set(false);
        lastDelivery = clock.getAsLong();
        List<E> batch = new ArrayList<>();
        for (E e = queue.poll(); e != null; e = queue.poll()) {
            batch.add(e);
        }
        if (!batch.isEmpty() && !closed) {
            sink.accept(batch);
        }
    }
}
