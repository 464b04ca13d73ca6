package com.secutix.payments.gateway.payment.adapter.out.r2dbc;

import com.secutix.payments.gateway.payment.application.ConcurrentPaymentUpdateException;
import com.secutix.payments.gateway.payment.application.Payments;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PspTransaction;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.write.GuardedWrite;
import com.secutix.payments.platform.write.WritePart;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Payments in PostgreSQL ({@code payments}, {@code psp_transactions}). A state change, its PSP
 * transactions and its outbox events are written by one statement ({@link GuardedWrite}), so they commit
 * together without a transaction of their own; a version column refuses lost updates.
 */
public class R2dbcPayments implements Payments {

    /** The statement that adds a payment's PSP transactions to its guarded write, around their {@code values} rows. */
    private static final String INSERT_TRANSACTIONS_BEFORE_VALUES = "insert into psp_transactions (payment_id, attempt,"
            + " exchange, ogone_order_id, pay_id, status, nc_error, sent_at, answered_at)"
            + " select :psp_payment_id, attempt, exchange, ogone_order_id, pay_id, status, nc_error, sent_at, answered_at"
            + " from (values ";
    private static final String INSERT_TRANSACTIONS_AFTER_VALUES = ") as psp (attempt, exchange, ogone_order_id, pay_id,"
            + " status, nc_error, sent_at, answered_at) where exists (select 1 from " + GuardedWrite.GUARD + ")"
            + " on conflict (payment_id, attempt) do nothing";

    private final DatabaseClient database;
    private final Outbox outbox;
    /** The alias of a payment is stored sealed: only this adapter sees it in clear. */
    private final SecretSealer sealer;

    public R2dbcPayments(DatabaseClient database, Outbox outbox, SecretSealer sealer) {
        this.database = database;
        this.outbox = outbox;
        this.sealer = sealer;
    }

    /**
     * One statement: the payment's row, and its PSP transactions if it has any, which joins the caller's
     * transaction (the payment's start, with its Idempotency-Key) or commits on its own.
     */
    @Override
    public Mono<Void> add(Payment payment) {
        GuardedWrite write = GuardedWrite.guardedBy(database, PaymentRows.INSERT, PaymentRows.insertValues(sealer, payment));
        return withPspTransactions(write, payment).execute().then();
    }

    /**
     * A lost update (another writer changed the row since it was read) writes nothing and is reported after
     * the write, not as a database error: a caller's transaction that the write joins can go on.
     */
    @Override
    public Mono<Void> update(Payment payment, List<PaymentEvent> events) {
        return updating(payment, events)
                .flatMap(GuardedWrite::execute)
                .flatMap(updated -> updated ? Mono.<Void>empty() : Mono.error(new ConcurrentPaymentUpdateException(payment.id())));
    }

    /**
     * The row's update under its version, guarding its PSP transactions and its events' outbox rows: one
     * statement, no transaction of its own.
     */
    @Override
    public Mono<GuardedWrite> updating(Payment payment, List<PaymentEvent> events) {
        GuardedWrite write = withPspTransactions(
                GuardedWrite.guardedBy(database, PaymentRows.UPDATE, PaymentRows.updateValues(payment)), payment);
        List<PlatformEvent> messages = events.stream().map(event -> PaymentMessages.of(payment, event, sealer)).toList();
        return outbox.appending(messages, payment.id().toString()).map(write::with).defaultIfEmpty(write);
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

    /**
     * The payment's PSP transactions, every one of them: those already stored are left as they are (a
     * transaction, once answered, does not change).
     */
    private static GuardedWrite withPspTransactions(GuardedWrite write, Payment payment) {
        List<PspTransaction> transactions = payment.transactions();
        if (transactions.isEmpty()) {
            return write;
        }
        Map<String, Object> values = new HashMap<>();
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < transactions.size(); i++) {
            PspTransaction transaction = transactions.get(i);
            String prefix = "psp_" + i + "_";
            rows.add("(:" + prefix + "attempt, :" + prefix + "exchange, :" + prefix + "order_id, :" + prefix + "pay_id, :"
                    + prefix + "status, :" + prefix + "nc_error, :" + prefix + "sent_at, :" + prefix + "answered_at)");
            values.put(prefix + "attempt", transaction.attempt());
            values.put(prefix + "exchange", transaction.exchange().name());
            values.put(prefix + "order_id", transaction.orderId().value());
            values.put(prefix + "pay_id", WritePart.nullable(transaction.payId(), String.class));
            values.put(prefix + "status", WritePart.nullable(transaction.status(), Integer.class));
            values.put(prefix + "nc_error", WritePart.nullable(transaction.ncError(), String.class));
            values.put(prefix + "sent_at", WritePart.nullable(utc(transaction.sentAt()), OffsetDateTime.class));
            values.put(prefix + "answered_at", WritePart.nullable(utc(transaction.answeredAt()), OffsetDateTime.class));
        }
        values.put("psp_payment_id", payment.id().value());
        return write.with(new WritePart(INSERT_TRANSACTIONS_BEFORE_VALUES + rows + INSERT_TRANSACTIONS_AFTER_VALUES,
                values));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
