package com.secutix.payments.gateway.savedcard.adapter.out.r2dbc;

import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Updates and deletions of the saved cards ({@code saved_cards}), and the deleted ones ({@code deleted_saved_cards}:
 * card id and alias digest, never the alias). Never reads or writes a card's alias.
 */
public class R2dbcSavedCardChanges implements SavedCardChanges {

    private static final String UPDATE_DETAILS = """
            update saved_cards
               set card_brand = :brand, card_masked_number = :maskedNumber, card_expiry = :expiry,
                   card_holder_name = :holderName
             where card_id = :cardId and tenant_id = :tenantId and customer_id = :customerId
            """;

    /** One statement: the card removed (if kept) and remembered as deleted (once). */
    private static final String FORGET = """
            with removed as (
                delete from saved_cards
                 where card_id = :cardId and tenant_id = :tenantId and customer_id = :customerId
                returning card_id)
            insert into deleted_saved_cards (card_id, tenant_id, customer_id, alias_digest, reason, deleted_at)
            values (:cardId, :tenantId, :customerId, :aliasDigest, :reason, :deletedAt)
            on conflict (card_id) do nothing
            """;

    private static final String IS_DELETED_CARD = """
            select exists (select 1 from deleted_saved_cards
                            where card_id = :cardId and tenant_id = :tenantId and customer_id = :customerId) as deleted
            """;

    private static final String IS_DELETED_ALIAS = """
            select exists (select 1 from deleted_saved_cards
                            where tenant_id = :tenantId and alias_digest = :aliasDigest) as deleted
            """;

    private final DatabaseClient database;

    public R2dbcSavedCardChanges(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Boolean> replaceDetails(String tenantId, String customerId, UUID cardId, SavedCardDetails details) {
        DatabaseClient.GenericExecuteSpec update = database.sql(UPDATE_DETAILS)
                .bind("brand", details.brand())
                .bind("maskedNumber", details.maskedNumber())
                .bind("expiry", details.expiry())
                .bind("cardId", cardId)
                .bind("tenantId", tenantId)
                .bind("customerId", customerId);
        update = details.holderName() == null ? update.bindNull("holderName", String.class)
                : update.bind("holderName", details.holderName());
        return update.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> forget(String tenantId, String customerId, UUID cardId, Optional<String> aliasDigest,
            String reason, Instant deletedAt) {
        DatabaseClient.GenericExecuteSpec forget = database.sql(FORGET)
                .bind("cardId", cardId)
                .bind("tenantId", tenantId)
                .bind("customerId", customerId)
                .bind("reason", reason)
                .bind("deletedAt", deletedAt.atOffset(ZoneOffset.UTC));
        forget = aliasDigest.isEmpty() ? forget.bindNull("aliasDigest", String.class)
                : forget.bind("aliasDigest", aliasDigest.get());
        return forget.then();
    }

    @Override
    public Mono<Boolean> isDeletedCard(String tenantId, String customerId, UUID cardId) {
        return database.sql(IS_DELETED_CARD)
                .bind("cardId", cardId)
                .bind("tenantId", tenantId)
                .bind("customerId", customerId)
                .map(row -> Boolean.TRUE.equals(row.get("deleted", Boolean.class)))
                .one();
    }

    @Override
    public Mono<Boolean> isDeletedAlias(String tenantId, String aliasDigest) {
        return database.sql(IS_DELETED_ALIAS)
                .bind("tenantId", tenantId)
                .bind("aliasDigest", aliasDigest)
                .map(row -> Boolean.TRUE.equals(row.get("deleted", Boolean.class)))
                .one();
    }
}
