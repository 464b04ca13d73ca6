package com.secutix.payments.platform.database;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Wrapped;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;

/** A result whose rows and counts are read outside the caller's observation ({@link ObservationFreeConnectionFactory}). */
final class ObservationFreeResult implements Result, Wrapped<Result> {

    private final Result delegate;

    ObservationFreeResult(Result delegate) {
        this.delegate = delegate;
    }

    @Override
    public Publisher<Long> getRowsUpdated() {
        return WithoutObservation.mono(delegate.getRowsUpdated());
    }

    @Override
    public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mappingFunction) {
        return WithoutObservation.flux(delegate.map(mappingFunction));
    }

    @Override
    public <T> Publisher<T> map(Function<? super Readable, ? extends T> mappingFunction) {
        return WithoutObservation.flux(delegate.map(mappingFunction));
    }

    @Override
    public Result filter(Predicate<Segment> filter) {
        return new ObservationFreeResult(delegate.filter(filter));
    }

    @Override
    public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mappingFunction) {
        return WithoutObservation.flux(delegate.flatMap(mappingFunction));
    }

    @Override
    public Result unwrap() {
        return delegate;
    }
}
