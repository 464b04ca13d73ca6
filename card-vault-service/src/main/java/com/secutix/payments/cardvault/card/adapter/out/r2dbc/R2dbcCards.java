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
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCards implements Cards {

    private static final String INSERT_UNLESS_SAME_CARD = """
            INSERT INTO saved_card (id, tenant_id, customer_id, psp_alias, brand, masked_number, expiry_month,
                                    holder_name, saved_through, saved_at)
            VALUES (:id, :tenantId, :customerId, :alias, :brand, :maskedNumber, :expiryMonth,
                    :holderName, :savedThrough, :savedAt)
            ON CONFLICT ON CONSTRAINT saved_card_alias_once_per_customer DO NOTHING
            """;

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
    public Mono<Boolean> addIfAbsent(SavedCard card) {
        CardDetails details = card.details();
        DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT_UNLESS_SAME_CARD)
                .bind("id", card.id().value())
                .bind("tenantId", card.owner().tenantId())
                .bind("customerId", card.owner().customerId())
                .bind("alias", card.alias().value())
                .bind("brand", details.brand().name())
                .bind("maskedNumber", details.maskedNumber().value())
                .bind("expiryMonth", details.expiry().month().toString())
                .bind("savedThrough", card.savedThrough().name())
                .bind("savedAt", card.savedAt().atOffset(ZoneOffset.UTC));
        insert = details.holderName() == null
                ? insert.bindNull("holderName", String.class)
                : insert.bind("holderName", details.holderName());
        return insert.fetch().rowsUpdated().map(rows -> rows == 1);
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
