package com.secutix.payments.platform.database;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;

/** A batch executed, and its results read, outside the caller's observation ({@link ObservationFreeConnectionFactory}). */
final class ObservationFreeBatch implements Batch, Wrapped<Batch> {

    private final Batch delegate;

    ObservationFreeBatch(Batch delegate) {
        this.delegate = delegate;
    }

    @Override
    public Batch add(String sql) {
        delegate.add(sql);
        return this;
    }

    @Override
    public Publisher<? extends Result> execute() {
        return WithoutObservation.flux(delegate.execute()).map(ObservationFreeResult::new);
    }

    @Override
    public Batch unwrap() {
        return delegate;
    }
}
