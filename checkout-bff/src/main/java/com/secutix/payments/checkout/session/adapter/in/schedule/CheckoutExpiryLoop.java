package com.secutix.payments.checkout.session.adapter.in.schedule;

import com.secutix.payments.checkout.session.application.ExpireCheckoutSessions;
import com.secutix.payments.platform.lifecycle.BackgroundLoop;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Expires the sessions whose time ran out, every {@code interval}; a round that fails is logged and the
 * next tick tries again, a tick that comes while a round runs is skipped.
 */
public class CheckoutExpiryLoop extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(CheckoutExpiryLoop.class);

    private final ExpireCheckoutSessions expireCheckoutSessions;
    private final Duration interval;

    public CheckoutExpiryLoop(ExpireCheckoutSessions expireCheckoutSessions, Duration interval) {
        this.expireCheckoutSessions = expireCheckoutSessions;
        this.interval = interval;
    }

    @Override
    protected Optional<Disposable> subscribeLoops() {
        return Optional.of(Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> expireCheckoutSessions.expireDue()
                        .onErrorResume(failure -> {
                            log.warn("Expiry of checkout sessions failed, next round in {}: {}", interval, failure.toString());
                            return Mono.empty();
                        }), 0)
                .subscribe());
    }
}
