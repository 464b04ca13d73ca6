package com.secutix.payments.platform.lifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a round of background work every {@code interval} while the application runs: one round at a
 * time (a tick that comes while a round still runs is skipped, never queued), and a round that fails is
 * logged and the next tick tries again. Due work is claimed by the round itself, with
 * {@code FOR UPDATE SKIP LOCKED}, so instances share it without doing it twice.
 */
public abstract class PeriodicRound extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(PeriodicRound.class);

    private final String description;
    private final Duration interval;

    /** @param description what a round does, for the logs ({@code "reconciliation of unknown payments"}) */
    protected PeriodicRound(String description, Duration interval) {
        this.description = Objects.requireNonNull(description, "description");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Runs {@code round} every {@code interval}. */
    public static PeriodicRound of(String description, Duration interval, Supplier<Mono<?>> round) {
        Objects.requireNonNull(round, "round");
        return new PeriodicRound(description, interval) {
            @Override
            protected Mono<?> round() {
                return round.get();
            }
        };
    }

    /** One round of the work. */
    protected abstract Mono<?> round();

    @Override
    protected Optional<Disposable> subscribeLoops() {
        return Optional.of(Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.defer(this::round)
                        .onErrorResume(failure -> {
                            log.warn("A round of {} failed, the next one in {} retries: {}", description, interval, failure.toString());
                            return Mono.empty();
                        }), 0)
                .subscribe());
    }
}
