package com.secutix.payments.gateway.payment.adapter.out.r2dbc;

import com.secutix.payments.gateway.payment.application.ConcurrentPaymentUpdateException;
import com.secutix.payments.gateway.payment.application.Payments;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PspTransaction;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SecretSealer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Payments in PostgreSQL ({@code payments}, {@code psp_transactions}). A state change, its PSP
 * transactions and its outbox events commit in one transaction; a version column refuses lost updates.
 */
public class R2dbcPayments implements Payments {

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Outbox outbox;
    /** The alias of a payment is stored sealed: only this adapter sees it in clear. */
    private final SecretSealer sealer;

    public R2dbcPayments(DatabaseClient database, TransactionalOperator transactions, Outbox outbox, SecretSealer sealer) {
        this.database = database;
        this.transactions = transactions;
        this.outbox = outbox;
        this.sealer = sealer;
    }

    @Override
    public Mono<Void> add(Payment payment) {
        if (payment.transactions().isEmpty()) {
            // a new payment is one row: one statement, which joins the caller's transaction (the payment's
            // start, with its Idempotency-Key) or commits on its own
            return PaymentRows.insert(database, sealer, payment);
        }
        return transactions.transactional(PaymentRows.insert(database, sealer, payment).then(insertTransactions(payment)));
    }

    /**
     * A lost update (another writer changed the row since it was read) writes nothing and is reported after
     * the transactional step, not as an error inside it: the step joins the caller's transaction, which goes
     * on (the caller answers from the other writer's record and completes its Idempotency-Key in it), so no
     * failure should pass through that transaction's participation.
     */
    @Override
    public Mono<Void> update(Payment payment, List<PaymentEvent> events) {
        Mono<Boolean> work = PaymentRows.update(database, payment)
                .flatMap(rows -> rows != 1 ? Mono.just(false)
                        : insertTransactions(payment)
                                .thenMany(Flux.fromIterable(events)
                                        .concatMap(event -> outbox.append(PaymentMessages.of(payment, event, sealer), payment.id().toString())))
                                .then(Mono.just(true)));
        return transactions.transactional(work)
                .flatMap(updated -> updated ? Mono.<Void>empty() : Mono.error(new ConcurrentPaymentUpdateException(payment.id())));
    }

    @Override
    public Mono<Payment> find(String tenantId, PaymentId id) {
        return database.sql(PaymentRows.SELECT + " where id = :id and tenant_id = :tenant")
                .bind("id", id.value())
                .bind("tenant", tenantId)
                .map(row -> PaymentRows.read(row, sealer))
                .one()
                .flatMap(this::withTransactions);
    }

    @Override
    public Flux<Payment> claimDueForCheck(Instant now, Instant claimedUntil, int limit) {
        return database.sql("""
                        update payments set next_check_at = :claimedUntil, version = version + 1
                         where id in (select id from payments
                                       where next_check_at <= :now
                                       order by next_check_at
                                       limit :limit
                                         for update skip locked)
                        returning id
                        """)
                .bind("now", utc(now))
                .bind("claimedUntil", utc(claimedUntil))
                .bind("limit", limit)
                .map(row -> row.get("id", UUID.class))
                .all()
                .collectList()
                .flatMapMany(ids -> database.sql(PaymentRows.SELECT + " where id = any(:ids) order by next_check_at")
                        .bind("ids", ids.toArray(UUID[]::new))
                        .map(row -> PaymentRows.read(row, sealer))
                        .all())
                .concatMap(this::withTransactions);
    }

    private Mono<Payment> withTransactions(PaymentRows.Loaded loaded) {
        return database.sql("""
                        select attempt, exchange, ogone_order_id, pay_id, status, nc_error, sent_at, answered_at
                          from psp_transactions where payment_id = :id order by attempt
                        """)
                .bind("id", loaded.id().value())
                .map(PaymentRows::readTransaction)
                .all()
                .collectList()
                .map(loaded::toPayment);
    }

    private Mono<Void> insertTransactions(Payment payment) {
        return Flux.fromIterable(payment.transactions())
                .concatMap(transaction -> insertTransaction(payment.id(), transaction))
                .then();
    }

    private Mono<Long> insertTransaction(PaymentId id, PspTransaction transaction) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("""
                        insert into psp_transactions (payment_id, attempt, exchange, ogone_order_id, pay_id, status,
                                                      nc_error, sent_at, answered_at)
                        values (:paymentId, :attempt, :exchange, :orderId, :payId, :status, :ncError, :sentAt, :answeredAt)
                        on conflict (payment_id, attempt) do nothing
                        """)
                .bind("paymentId", id.value())
                .bind("attempt", transaction.attempt())
                .bind("exchange", transaction.exchange().name())
                .bind("orderId", transaction.orderId().value())
                .bind("sentAt", utc(transaction.sentAt()))
                .bind("answeredAt", utc(transaction.answeredAt()));
        insert = PaymentRows.bindNullable(insert, "payId", transaction.payId(), String.class);
        insert = PaymentRows.bindNullable(insert, "status", transaction.status(), Integer.class);
        insert = PaymentRows.bindNullable(insert, "ncError", transaction.ncError(), String.class);
        return insert.fetch().rowsUpdated();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
