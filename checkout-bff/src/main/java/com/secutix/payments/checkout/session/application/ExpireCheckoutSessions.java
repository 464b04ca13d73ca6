package com.secutix.payments.checkout.session.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

/**
 * Records the sessions whose time ran out unpaid as expired and tells the sales system
 * ({@code CheckoutExpired}), one bounded batch after the other until none is left.
 */
public class ExpireCheckoutSessions {

    private final CheckoutSessions sessions;
    private final Clock clock;
    private final int batchSize;

    public ExpireCheckoutSessions(CheckoutSessions sessions, Clock clock, int batchSize) {
        this.sessions = sessions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Emits how many sessions were expired. */
    public Mono<Long> expireDue() {
        return batch().expand(expired -> expired >= batchSize ? batch() : Mono.empty())
                .map(Integer::longValue)
                .reduce(0L, Long::sum);
    }

    private Mono<Integer> batch() {
        return Mono.defer(() -> sessions.expireDue(clock.instant(), batchSize));
    }
}
