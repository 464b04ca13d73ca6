package com.secutix.payments.platform.database;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.reactivestreams.Publisher;

/** A connection whose commands and statements run outside the caller's observation ({@link ObservationFreeConnectionFactory}). */
final class ObservationFreeConnection implements Connection, Wrapped<Connection> {

    private final Connection delegate;

    ObservationFreeConnection(Connection delegate) {
        this.delegate = delegate;
    }

    @Override
    public Publisher<Void> beginTransaction() {
        return WithoutObservation.mono(delegate.beginTransaction());
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
        return WithoutObservation.mono(delegate.beginTransaction(definition));
    }

    @Override
    public Publisher<Void> close() {
        return WithoutObservation.mono(delegate.close());
    }

    @Override
    public Publisher<Void> commitTransaction() {
        return WithoutObservation.mono(delegate.commitTransaction());
    }

    @Override
    public Batch createBatch() {
        return new ObservationFreeBatch(delegate.createBatch());
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
        return WithoutObservation.mono(delegate.createSavepoint(name));
    }

    @Override
    public Statement createStatement(String sql) {
        return new ObservationFreeStatement(delegate.createStatement(sql));
    }

    @Override
    public boolean isAutoCommit() {
        return delegate.isAutoCommit();
    }

    @Override
    public ConnectionMetadata getMetadata() {
        return delegate.getMetadata();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return delegate.getTransactionIsolationLevel();
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
        return WithoutObservation.mono(delegate.releaseSavepoint(name));
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
        return WithoutObservation.mono(delegate.rollbackTransaction());
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
        return WithoutObservation.mono(delegate.rollbackTransactionToSavepoint(name));
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
        return WithoutObservation.mono(delegate.setAutoCommit(autoCommit));
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
        return WithoutObservation.mono(delegate.setLockWaitTimeout(timeout));
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
        return WithoutObservation.mono(delegate.setStatementTimeout(timeout));
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel isolationLevel) {
        return WithoutObservation.mono(delegate.setTransactionIsolationLevel(isolationLevel));
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
        return WithoutObservation.mono(delegate.validate(depth));
    }

    @Override
    public Connection unwrap() {
        return delegate;
    }
}
