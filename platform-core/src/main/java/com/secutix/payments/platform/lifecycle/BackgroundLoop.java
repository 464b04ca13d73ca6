package com.secutix.payments.platform.lifecycle;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;

import java.util.Optional;

/**
 * Reactive loops that run while the application runs: subscribed when the context starts, disposed when
 * it stops (or when {@link #stop()} is called by a test).
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    private final Disposable.Swap running = Disposables.swap();
    private volatile boolean started;

    /** Subscribes the loops; empty when this instance runs none (switched off by configuration). */
    protected abstract Optional<Disposable> subscribeLoops();

    @Override
    public void start() {
        subscribeLoops().ifPresent(loops -> {
            running.update(loops);
            started = true;
        });
    }

    @Override
    public void stop() {
        running.update(Disposables.single());
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
