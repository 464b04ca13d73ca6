package com.secutix.payments.platform.database;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;

/**
 * The R2DBC driver run outside the caller's observation. WebFlux keeps a request's observation in the Reactor
 * context of everything the request does, and with Micrometer's context propagation on the class path Reactor's
 * {@code handle} operators restore it as a thread-local around every element they pass: the PostgreSQL driver
 * handles the database's answers with {@code handle}, about three times a statement, so a payment's dozen statements
 * opened and closed the request's observation scope (and its span's, and the logging context's) some thirty-five
 * times: 3 % of the gateway's JFR samples on P-pay, 1 % left with this wrapper (docs/performance.md). Nothing in
 * the driver reads that observation: the database work has no span of its own, and our code around it ({@code map},
 * {@code flatMap}, the outbox's trace capture) reads the context above the driver, where the observation still is.
 * So every publisher the driver gives (connections, statements' results, rows, transaction commands) is subscribed
 * here without it.
 *
 * <p>Wraps the connection factory bean ({@link ConnectionFactoriesWithoutObservation}); {@link #unwrap} gives the
 * pool behind it (its metrics), {@link #dispose} disposes it.
 */
public final class ObservationFreeConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory>, Disposable {

    private final ConnectionFactory delegate;

    public ObservationFreeConnectionFactory(ConnectionFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Publisher<? extends Connection> create() {
        return WithoutObservation.mono(delegate.create()).map(ObservationFreeConnection::new);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return delegate.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
        return delegate;
    }

    /** Disposes the pool behind (Spring Boot's pool bean is destroyed with {@code dispose}). */
    @Override
    public void dispose() {
        if (delegate instanceof Disposable disposable) {
            disposable.dispose();
        }
    }

    @Override
    public boolean isDisposed() {
        return delegate instanceof Disposable disposable && disposable.isDisposed();
    }
}
