package com.secutix.payments.platform.outbox;

import reactor.core.publisher.Mono;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Carries a trace across the outbox: {@link #current()} captures the caller's trace context when an
 * event is appended, {@link #continueTrace} sends the event later inside that trace.
 * {@link #NONE} when the service has no tracer.
 */
public interface OutboxTracing {

    OutboxTracing NONE = new OutboxTracing() {
        @Override
        public Mono<TraceHeaders> current() {
            return Mono.empty();
        }

        @Override
        public <T> CompletableFuture<T> continueTrace(TraceHeaders trace, Supplier<CompletableFuture<T>> send) {
            return send.get();
        }
    };

    /** The trace context of the current span; empty outside any trace. */
    Mono<TraceHeaders> current();

    /** Runs {@code send} with {@code trace} (when not null) as the current trace context. */
    <T> CompletableFuture<T> continueTrace(TraceHeaders trace, Supplier<CompletableFuture<T>> send);
}
