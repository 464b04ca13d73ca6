package com.secutix.payments.platform.web.idempotency;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many money-moving requests this instance runs now, bounded: an instance past its capacity that
 * queued every request would answer each later and later, then run out of memory with them (each holds a
 * pipeline and waits for a database connection). Past the bound a request is refused at once, before
 * anything is done, and the client retries with the same key.
 */
final class InFlightRequests {

    private final int max;
    private final AtomicInteger running = new AtomicInteger();

    InFlightRequests(int max) {
        this.max = max;
    }

    /** True when the request may run; it must then {@link #leave()} once, whatever its outcome. */
    boolean tryEnter() {
        if (running.incrementAndGet() > max) {
            running.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        running.decrementAndGet();
    }
}
