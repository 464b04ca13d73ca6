package com.secutix.payments.cardvault.card.adapter.out.r2dbc;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import io.r2dbc.spi.Readable;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;

@Repository
class R2dbcCards implements Cards {

    /** Every card of a batch in one statement: one array per column, one row per card. */
    private static final String INSERT_UNLESS_SAME_CARD = """
            INSERT INTO saved_card (id, tenant_id, customer_id, psp_alias, brand, masked_number, expiry_month,
                                    holder_name, saved_through, saved_at)
            SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:tenantIds AS varchar[]), CAST(:customerIds AS varchar[]),
                                 CAST(:aliases AS varchar[]), CAST(:brands AS varchar[]), CAST(:maskedNumbers AS varchar[]),
                                 CAST(:expiryMonths AS varchar[]), CAST(:holderNames AS varchar[]),
                                 CAST(:savedThrough AS varchar[]), CAST(:savedAts AS timestamptz[]))
            ON CONFLICT ON CONSTRAINT saved_card_alias_once_per_customer DO NOTHING
            RETURNING id
            """;

    /** Rows inserted in one order by every transaction, so two batches saving the same cards cannot deadlock. */
    private static final Comparator<SavedCard> LOCK_ORDER = Comparator
            .comparing((SavedCard card) -> card.owner().tenantId())
            .thenComparing(card -> card.owner().customerId())
            .thenComparing(card -> card.alias().value());

    private static final String SELECT_BY_OWNER = """
            SELECT id, tenant_id, customer_id, psp_alias, brand, masked_number, expiry_month, holder_name,
                   saved_through, saved_at
            FROM saved_card
            WHERE tenant_id = :tenantId AND customer_id = :customerId
            ORDER BY saved_at, id
            """;

    private final DatabaseClient database;

    R2dbcCards(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Flux<CardId> addAbsent(List<SavedCard> cards) {
        if (cards.isEmpty()) {
            return Flux.empty();
        }
        List<SavedCard> rows = cards.stream().sorted(LOCK_ORDER).toList();
        return database.sql(INSERT_UNLESS_SAME_CARD)
                .bind("ids", rows.stream().map(card -> card.id().value()).toArray(UUID[]::new))
                .bind("tenantIds", column(rows, card -> card.owner().tenantId()))
                .bind("customerIds", column(rows, card -> card.owner().customerId()))
                .bind("aliases", column(rows, card -> card.alias().value()))
                .bind("brands", column(rows, card -> card.details().brand().name()))
                .bind("maskedNumbers", column(rows, card -> card.details().maskedNumber().value()))
                .bind("expiryMonths", column(rows, card -> card.details().expiry().month().toString()))
                .bind("holderNames", column(rows, card -> card.details().holderName()))
                .bind("savedThrough", column(rows, card -> card.savedThrough().name()))
                .bind("savedAts", column(rows, card -> card.savedAt().atOffset(ZoneOffset.UTC).toString()))
                .map(row -> new CardId(row.get("id", UUID.class)))
                .all();
    }

    private static String[] column(List<SavedCard> rows, Function<SavedCard, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    @Override
    public Flux<SavedCard> of(CardOwner owner) {
        return database.sql(SELECT_BY_OWNER)
                .bind("tenantId", owner.tenantId())
                .bind("customerId", owner.customerId())
                .map(R2dbcCards::savedCard)
                .all();
    }

    private static SavedCard savedCard(Readable row) {
        CardDetails details = new CardDetails(
                new CardBrand(row.get("brand", String.class)),
                new MaskedNumber(row.get("masked_number", String.class)),
                new CardExpiry(YearMonth.parse(row.get("expiry_month", String.class))),
                row.get("holder_name", String.class));
        return new SavedCard(
                new CardId(row.get("id", UUID.class)),
                new CardOwner(row.get("tenant_id", String.class), row.get("customer_id", String.class)),
                new PspAlias(row.get("psp_alias", String.class)),
                details,
                SalesChannel.valueOf(row.get("saved_through", String.class)),
                row.get("saved_at", OffsetDateTime.class).toInstant());
    }
}
