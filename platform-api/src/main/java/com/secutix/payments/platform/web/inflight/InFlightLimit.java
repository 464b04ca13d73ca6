package com.secutix.payments.platform.web.inflight;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * How many requests of one kind this instance runs now, bounded: an instance past its capacity that queued every
 * request would answer each later and later, then run out of memory with them (each holds a pipeline, a connection
 * or a database connection it waits for). Past the bound a request is refused at once, before anything is done,
 * and the client sends it again later (a money-moving one with the same {@code Idempotency-Key}).
 */
public final class InFlightLimit {

    private final int max;
    private final AtomicInteger running = new AtomicInteger();

    public InFlightLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("an in-flight limit is at least 1, not " + max);
        }
        this.max = max;
    }

    /** True when the request may run; it must then {@link #leave()} once, whatever its outcome. */
    public boolean tryEnter() {
        if (running.incrementAndGet() > max) {
            running.decrementAndGet();
            return false;
        }
        return true;
    }

    public void leave() {
        running.decrementAndGet();
    }

    /**
     * The work, counted from its subscription until it ends however it ends (a value, nothing, an error, a
     * cancellation); past the bound the error {@code busy} makes instead, and the work is not started.
     */
    public <T> Mono<T> run(Supplier<Mono<T>> work, Supplier<? extends Throwable> busy) {
        return Mono.defer(() -> tryEnter() ? Mono.defer(work).doFinally(signal -> leave()) : Mono.error(busy.get()));
    }
}
