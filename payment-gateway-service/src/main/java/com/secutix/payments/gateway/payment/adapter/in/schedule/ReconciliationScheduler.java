package com.secutix.payments.gateway.payment.adapter.in.schedule;

import com.secutix.payments.gateway.payment.application.ReconcileUnknownPayments;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs {@link ReconcileUnknownPayments} every {@code pollInterval} while the service is up. */
public class ReconciliationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationScheduler.class);

    private final ReconcileUnknownPayments reconcile;
    private final Duration pollInterval;
    private volatile Disposable running;

    public ReconciliationScheduler(ReconcileUnknownPayments reconcile, Duration pollInterval) {
        this.reconcile = reconcile;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        running = Flux.interval(pollInterval, pollInterval)
                .onBackpressureDrop()
                .concatMap(tick -> reconcile.reconcileDue().onErrorResume(error -> {
                    log.warn("Reconciliation round failed, the next one retries: {}", error.toString());
                    return Mono.empty();
                }), 0)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
