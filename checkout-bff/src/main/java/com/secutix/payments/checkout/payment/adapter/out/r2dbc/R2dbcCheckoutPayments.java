package com.secutix.payments.checkout.payment.adapter.out.r2dbc;

import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.payment.application.InterruptedPayment;
import com.secutix.payments.checkout.payment.application.PendingPayment;
import com.secutix.payments.checkout.payment.application.PaymentProgress;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.checkout.v1.CheckoutCancelled;
import com.secutix.payments.events.checkout.v1.CheckoutCompleted;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Paying checkout sessions in PostgreSQL: conditional updates of {@code checkout_session}'s state (only one
 * request moves a session from a given state), the forms shown ({@code checkout_card_entry}) and the card
 * entered ({@code checkout_entered_card}, alias included: it never leaves the server). An end state and its
 * event (outbox) commit together.
 */
public class R2dbcCheckoutPayments implements CheckoutPayments {

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Outbox outbox;
    private final JsonMapper json;
    /** The entered card's alias is stored sealed, for the session's tenant: only this adapter sees it in clear. */
    private final SecretSealer sealer;

    public R2dbcCheckoutPayments(DatabaseClient database, TransactionalOperator transactions, Outbox outbox, JsonMapper json,
                                 SecretSealer sealer) {
        this.database = database;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
        this.sealer = sealer;
    }

    @Override
    public Mono<Void> recordCardEntry(CheckoutSessionId sessionId, String pspOrderId, Instant now) {
        return database.sql("insert into checkout_card_entry (psp_order_id, session_id, created_at) values (:order, :session, :now)")
                .bind("order", pspOrderId).bind("session", sessionId.value()).bind("now", utc(now))
                .then();
    }

    @Override
    public Mono<Void> recordSecurityCodeEntry(CheckoutSessionId sessionId, String pspOrderId, String savedCardId, Instant now) {
        return database.sql("""
                        insert into checkout_card_entry (psp_order_id, session_id, saved_card_id, created_at)
                        values (:order, :session, :card, :now)
                        """)
                .bind("order", pspOrderId).bind("session", sessionId.value()).bind("card", UUID.fromString(savedCardId))
                .bind("now", utc(now))
                .then();
    }

    @Override
    public Mono<String> savedCardOfEntry(String pspOrderId) {
        return database.sql("select saved_card_id from checkout_card_entry where psp_order_id = :order and saved_card_id is not null")
                .bind("order", pspOrderId)
                .map(row -> row.get("saved_card_id", UUID.class).toString())
                .one();
    }

    @Override
    public Mono<CheckoutSessionId> sessionOfCardEntry(String pspOrderId) {
        return database.sql("select session_id from checkout_card_entry where psp_order_id = :order")
                .bind("order", pspOrderId)
                .map(row -> new CheckoutSessionId(row.get("session_id", UUID.class)))
                .one();
    }

    @Override
    public Mono<Void> keepEnteredCard(CheckoutSessionId sessionId, EnteredCard entered, Instant now) {
        ShownCard card = entered.card();
        return database.sql("select tenant_id from checkout_session where id = :session")
                .bind("session", sessionId.value())
                .map(row -> row.get("tenant_id", String.class))
                .one()
                .flatMap(tenantId -> database.sql("""
                        insert into checkout_entered_card (session_id, tenant_id, psp_alias_sealed, brand, masked_number,
                                                           expiry, holder_name, entered_at)
                        values (:session, :tenant, :alias, :brand, :masked, :expiry, :holder, :now)
                        on conflict (session_id) do update set psp_alias_sealed = excluded.psp_alias_sealed, brand = excluded.brand,
                               masked_number = excluded.masked_number, expiry = excluded.expiry,
                               holder_name = excluded.holder_name, entered_at = excluded.entered_at
                        """)
                        .bind("session", sessionId.value())
                        .bind("tenant", tenantId)
                        .bind("alias", sealer.seal(entered.alias(), SealContext.pspAlias(tenantId)))
                        .bind("brand", nullable(card.brand()))
                        .bind("masked", card.maskedNumber())
                        .bind("expiry", card.expiry())
                        .bind("holder", nullable(card.holderName()))
                        .bind("now", utc(now))
                        .then());
    }

    @Override
    public Mono<EnteredCard> enteredCard(CheckoutSessionId sessionId) {
        return database.sql("""
                        select tenant_id, psp_alias_sealed, brand, masked_number, expiry, holder_name
                          from checkout_entered_card where session_id = :session
                        """)
                .bind("session", sessionId.value())
                .map(row -> new EnteredCard(sealer.open(row.get("psp_alias_sealed", String.class),
                        SealContext.pspAlias(row.get("tenant_id", String.class))), new ShownCard(row.get("brand", String.class),
                        row.get("masked_number", String.class), row.get("expiry", String.class), row.get("holder_name", String.class))))
                .one();
    }

    @Override
    public Mono<PaymentProgress> progress(CheckoutSessionId sessionId) {
        return database.sql("select failed_attempts, payment_id, save_card_requested, paid_card::text as paid_card from checkout_session where id = :id")
                .bind("id", sessionId.value())
                .map(row -> {
                    String paidCard = row.get("paid_card", String.class);
                    return new PaymentProgress(row.get("failed_attempts", Integer.class), row.get("payment_id", UUID.class),
                            Boolean.TRUE.equals(row.get("save_card_requested", Boolean.class)), paidCard == null ? null : json.readValue(paidCard, ShownCard.class));
                })
                .one();
    }

    @Override
    public Mono<Boolean> claimForPayment(CheckoutSessionId sessionId, Instant now, int maxFailedAttempts) {
        return database.sql("""
                        update checkout_session set state = 'PAYING', claimed_at = :now, pending_payment = null
                         where id = :id and state = 'OPEN' and expires_at > :now and failed_attempts < :max
                        """)
                .bind("id", sessionId.value()).bind("now", utc(now)).bind("max", maxFailedAttempts)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Void> keepPending(CheckoutSessionId sessionId, PendingPayment pending) {
        return database.sql("update checkout_session set pending_payment = cast(:pending as jsonb) where id = :id and state = 'PAYING'")
                .bind("id", sessionId.value()).bind("pending", json.writeValueAsString(pending))
                .then();
    }

    @Override
    public Flux<InterruptedPayment> interrupted(Instant claimedBefore, int limit) {
        return database.sql("""
                        select id, pending_payment::text as pending from checkout_session
                         where ((state = 'PAYING' and payment_id is null) or state = 'AWAITING_BUYER') and claimed_at < :before
                         order by claimed_at limit :limit
                        """)
                .bind("before", utc(claimedBefore)).bind("limit", limit)
                .map(row -> {
                    String pending = row.get("pending", String.class);
                    return new InterruptedPayment(new CheckoutSessionId(row.get("id", UUID.class)),
                            Optional.ofNullable(pending).map(text -> json.readValue(text, PendingPayment.class)));
                })
                .all();
    }

    @Override
    public Mono<Void> awaitBuyer(CheckoutSessionId sessionId, UUID paymentId, boolean saveCardRequested) {
        return database.sql("""
                        update checkout_session set state = 'AWAITING_BUYER', payment_id = :payment, save_card_requested = :save
                         where id = :id and state in ('PAYING', 'AWAITING_BUYER')
                        """)
                .bind("id", sessionId.value()).bind("payment", paymentId).bind("save", saveCardRequested)
                .then();
    }

    @Override
    public Mono<Void> forgetEnteredCard(CheckoutSessionId sessionId) {
        return database.sql("delete from checkout_entered_card where session_id = :session")
                .bind("session", sessionId.value())
                .then();
    }

    @Override
    public Mono<Void> release(CheckoutSessionId sessionId, boolean refused) {
        return database.sql("""
                        update checkout_session set state = 'OPEN', payment_id = null, save_card_requested = false,
                               pending_payment = null, claimed_at = null,
                               failed_attempts = failed_attempts + :failed
                         where id = :id and state in ('PAYING', 'AWAITING_BUYER')
                        """)
                .bind("id", sessionId.value()).bind("failed", refused ? 1 : 0)
                .then();
    }

    @Override
    public Mono<Boolean> complete(CheckoutSession session, GatewayPayment payment, boolean cardSaved, Instant now) {
        ShownCard card = payment.card();
        CheckoutCompleted event = new CheckoutCompleted(session.tenantId(), session.id().value(), session.order().orderId(),
                session.order().customerId(), session.order().total(), payment.id(), payment.pspOrderId(),
                new CardSummary(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()),
                session.order().channel().name(), cardSaved, now);
        Mono<Boolean> completion = database.sql("""
                        update checkout_session set state = 'COMPLETED', payment_id = :payment, paid_card = cast(:card as jsonb),
                               finished_at = :now
                         where id = :id and state in ('PAYING', 'AWAITING_BUYER')
                        """)
                .bind("id", session.id().value()).bind("payment", payment.id())
                .bind("card", json.writeValueAsString(card)).bind("now", utc(now))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? outbox.append(event, session.order().orderId()).thenReturn(true) : Mono.just(false));
        return transactions.transactional(completion);
    }

    @Override
    public Mono<Boolean> cancel(CheckoutSession session, Instant now) {
        CheckoutCancelled event = new CheckoutCancelled(session.tenantId(), session.id().value(), session.order().orderId(),
                session.order().customerId(), session.order().total(), now);
        Mono<Boolean> cancellation = database.sql("""
                        update checkout_session set state = 'CANCELLED', finished_at = :now
                         where id = :id and state = 'OPEN' and expires_at > :now
                        """)
                .bind("id", session.id().value()).bind("now", utc(now))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? outbox.append(event, session.order().orderId()).thenReturn(true) : Mono.just(false));
        return transactions.transactional(cancellation);
    }

    private static org.springframework.r2dbc.core.Parameter nullable(String value) {
        return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, String.class);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
