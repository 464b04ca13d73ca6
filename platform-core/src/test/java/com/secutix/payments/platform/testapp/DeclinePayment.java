package com.secutix.payments.platform.testapp;

import com.secutix.payments.platform.SampleEvents;
import com.secutix.payments.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The test application's use case: records a declined payment and its event in one transaction. */
@Component
public class DeclinePayment {

    private final DatabaseClient database;
    private final Outbox outbox;
    private final TransactionalOperator transactions;

    DeclinePayment(DatabaseClient database, Outbox outbox, TransactionalOperator transactions) {
        this.database = database;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    public Mono<Void> decline(UUID paymentId, String tenantId) {
        return transactions.transactional(recordAndPublish(paymentId, tenantId));
    }

    /** Fails after both writes, as a use case whose last step breaks. */
    public Mono<Void> declineThenFail(UUID paymentId, String tenantId) {
        return transactions.transactional(recordAndPublish(paymentId, tenantId)
                .then(Mono.error(new IllegalStateException("the last step of the use case failed"))));
    }

    private Mono<Void> recordAndPublish(UUID paymentId, String tenantId) {
        return database.sql("insert into test_payments (id, tenant_id, status) values (:id, :tenant, 'DECLINED')")
                .bind("id", paymentId)
                .bind("tenant", tenantId)
                .then()
                .then(outbox.append(SampleEvents.aDeclinedPayment(tenantId, paymentId), "corr-" + paymentId));
    }
}
