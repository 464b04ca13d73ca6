package com.secutix.payments.checkout.session.adapter.out.r2dbc;

import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutChannel;
import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.SessionPayment;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.session.domain.OrderLine;
import com.secutix.payments.events.Money;
import com.secutix.payments.platform.outbox.Outbox;

import io.r2dbc.spi.Readable;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkout sessions in PostgreSQL ({@code checkout_session}); the order's tickets as JSON, one order one
 * session. An expiry and its event (outbox) commit together.
 */
public class R2dbcCheckoutSessions implements CheckoutSessions {

    private static final TypeReference<List<StoredLine>> LINES = new TypeReference<>() {
    };
    private static final String SELECT = """
            select id, tenant_id, order_id, customer_id, currency, locale, lines::text as lines, return_url, cancel_url,
                   channel, state, created_at, expires_at
              from checkout_session
            """;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Outbox outbox;
    private final JsonMapper json;

    public R2dbcCheckoutSessions(DatabaseClient database, TransactionalOperator transactions, Outbox outbox, JsonMapper json) {
        this.database = database;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
    }

    /** A ticket as stored: the price in minor units of the session's currency. */
    record StoredLine(String ticketId, String performanceId, String performanceName, Instant performanceStartsAt, long price) {
    }

    @Override
    public Mono<Boolean> addIfNoneForOrder(CheckoutSession session) {
        CheckoutOrder order = session.order();
        List<StoredLine> lines = order.lines().stream().map(line -> new StoredLine(line.ticketId(), line.performanceId(),
                line.performanceName(), line.performanceStartsAt(), line.price().minorUnits())).toList();
        return database.sql("""
                        insert into checkout_session (id, tenant_id, order_id, customer_id, currency, locale, lines, return_url,
                                                      cancel_url, channel, state, created_at, expires_at)
                        values (:id, :tenant, :orderId, :customerId, :currency, :locale, cast(:lines as jsonb), :returnUrl,
                                :cancelUrl, :channel, :state, :createdAt, :expiresAt)
                        on conflict (tenant_id, order_id) do nothing
                        """)
                .bind("id", session.id().value())
                .bind("tenant", session.tenantId())
                .bind("orderId", order.orderId())
                .bind("customerId", order.customerId())
                .bind("currency", order.currency())
                .bind("locale", order.locale().toLanguageTag())
                .bind("lines", json.writeValueAsString(lines))
                .bind("returnUrl", order.returnUrl().toString())
                .bind("cancelUrl", order.cancelUrl().toString())
                .bind("channel", order.channel().name())
                .bind("state", session.recordedState().name())
                .bind("createdAt", utc(session.createdAt()))
                .bind("expiresAt", utc(session.expiresAt()))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    @Override
    public Mono<CheckoutSession> find(String tenantId, CheckoutSessionId id) {
        return database.sql(SELECT + " where id = :id and tenant_id = :tenant")
                .bind("id", id.value()).bind("tenant", tenantId)
                .map(this::read).one();
    }

    @Override
    public Mono<CheckoutSession> findById(CheckoutSessionId id) {
        return database.sql(SELECT + " where id = :id").bind("id", id.value()).map(this::read).one();
    }

    @Override
    public Mono<SessionPayment> paymentOf(CheckoutSessionId id) {
        return database.sql("""
                        select payment_id, paid_card ->> 'brand' as brand, paid_card ->> 'maskedNumber' as masked_number,
                               paid_card ->> 'expiry' as expiry
                          from checkout_session where id = :id and state = 'COMPLETED'
                        """)
                .bind("id", id.value())
                .map(row -> new SessionPayment(row.get("payment_id", UUID.class), row.get("brand", String.class),
                        row.get("masked_number", String.class), row.get("expiry", String.class)))
                .one();
    }

    @Override
    public Mono<CheckoutSession> findByOrder(String tenantId, String orderId) {
        return database.sql(SELECT + " where tenant_id = :tenant and order_id = :orderId")
                .bind("tenant", tenantId).bind("orderId", orderId)
                .map(this::read).one();
    }

    @Override
    public Mono<Integer> expireDue(Instant now, int limit) {
        Mono<Integer> batch = database.sql(SELECT + """
                         where state = 'OPEN' and expires_at <= :now
                         order by expires_at
                         limit :limit
                           for update skip locked
                        """)
                .bind("now", utc(now))
                .bind("limit", limit)
                .map(this::read)
                .all()
                .map(session -> session.expireAt(now))
                .collectList()
                .flatMap(expiries -> expiries.isEmpty() ? Mono.just(0) : database.sql(
                                "update checkout_session set state = 'EXPIRED' where id = any(:ids)")
                        .bind("ids", expiries.stream().map(expiry -> expiry.session().id().value()).toArray(UUID[]::new))
                        .then()
                        .thenMany(Flux.fromIterable(expiries)
                                .concatMap(expiry -> outbox.append(expiry.event(), expiry.session().order().orderId())))
                        .then(Mono.just(expiries.size())));
        return transactions.transactional(batch);
    }

    private CheckoutSession read(Readable row) {
        String currency = row.get("currency", String.class);
        List<OrderLine> lines = json.readValue(row.get("lines", String.class), LINES).stream()
                .map(line -> new OrderLine(line.ticketId(), line.performanceId(), line.performanceName(), line.performanceStartsAt(),
                        Money.of(line.price(), currency)))
                .toList();
        CheckoutOrder order = new CheckoutOrder(row.get("order_id", String.class), row.get("customer_id", String.class), currency,
                Locale.forLanguageTag(row.get("locale", String.class)), lines, URI.create(row.get("return_url", String.class)),
                URI.create(row.get("cancel_url", String.class)), CheckoutChannel.valueOf(row.get("channel", String.class)));
        return new CheckoutSession(new CheckoutSessionId(row.get("id", UUID.class)), row.get("tenant_id", String.class), order,
                CheckoutState.valueOf(row.get("state", String.class)), row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
