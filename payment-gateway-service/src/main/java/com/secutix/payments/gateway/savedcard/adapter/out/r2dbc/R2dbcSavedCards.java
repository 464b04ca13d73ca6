package com.secutix.payments.gateway.savedcard.adapter.out.r2dbc;

import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The saved cards ({@code saved_cards}) in PostgreSQL. A batch's cards are inserted by one statement (one
 * array per column), in card id order, so two transactions keeping the same cards cannot deadlock.
 */
public class R2dbcSavedCards implements SavedCards {

    private static final String INSERT_ABSENT = """
            insert into saved_cards (card_id, tenant_id, customer_id, psp_alias_sealed, card_brand, card_masked_number,
                                     card_expiry, card_holder_name, saved_at)
            select * from unnest(cast(:ids as uuid[]), cast(:tenantIds as varchar[]), cast(:customerIds as varchar[]),
                                 cast(:aliases as varchar[]), cast(:brands as varchar[]),
                                 cast(:maskedNumbers as varchar[]), cast(:expiries as varchar[]),
                                 cast(:holderNames as varchar[]), cast(:savedAts as timestamptz[]))
            on conflict (card_id) do nothing
            """;

    private static final String SELECT_OF_CUSTOMER = """
            select card_id, tenant_id, customer_id, psp_alias_sealed, card_brand, card_masked_number, card_expiry,
                   card_holder_name, saved_at
              from saved_cards
             where card_id = :cardId and tenant_id = :tenantId and customer_id = :customerId
            """;

    private final DatabaseClient database;
    /** Aliases are stored sealed: only this adapter sees them in clear. */
    private final SecretSealer sealer;

    public R2dbcSavedCards(DatabaseClient database, SecretSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    @Override
    public Mono<Long> addAbsent(List<SavedCard> cards) {
        List<SavedCard> rows = onePerId(cards);
        if (rows.isEmpty()) {
            return Mono.just(0L);
        }
        return database.sql(INSERT_ABSENT)
                .bind("ids", rows.stream().map(SavedCard::id).toArray(UUID[]::new))
                .bind("tenantIds", column(rows, SavedCard::tenantId))
                .bind("customerIds", column(rows, SavedCard::customerId))
                .bind("aliases", column(rows, card -> sealer.seal(card.pspAlias(), SealContext.pspAlias(card.tenantId()))))
                .bind("brands", column(rows, card -> card.details().brand()))
                .bind("maskedNumbers", column(rows, card -> card.details().maskedNumber()))
                .bind("expiries", column(rows, card -> card.details().expiry()))
                .bind("holderNames", column(rows, card -> card.details().holderName()))
                .bind("savedAts", column(rows, card -> card.savedAt().atOffset(ZoneOffset.UTC).toString()))
                .fetch().rowsUpdated();
    }

    @Override
    public Mono<SavedCard> find(String tenantId, String customerId, UUID cardId) {
        return database.sql(SELECT_OF_CUSTOMER)
                .bind("cardId", cardId)
                .bind("tenantId", tenantId)
                .bind("customerId", customerId)
                .map(this::savedCard)
                .one();
    }

    /** The first card of each id, in id order (the lock order). */
    private static List<SavedCard> onePerId(List<SavedCard> cards) {
        Map<UUID, SavedCard> byId = new LinkedHashMap<>();
        cards.forEach(card -> byId.putIfAbsent(card.id(), card));
        return byId.values().stream().sorted(Comparator.comparing(SavedCard::id)).toList();
    }

    private static String[] column(List<SavedCard> rows, Function<SavedCard, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private SavedCard savedCard(Readable row) {
        SavedCardDetails details = new SavedCardDetails(row.get("card_brand", String.class),
                row.get("card_masked_number", String.class), row.get("card_expiry", String.class),
                row.get("card_holder_name", String.class));
        return new SavedCard(row.get("card_id", UUID.class), row.get("tenant_id", String.class),
                row.get("customer_id", String.class),
                sealer.open(row.get("psp_alias_sealed", String.class), SealContext.pspAlias(row.get("tenant_id", String.class))), details,
                row.get("saved_at", OffsetDateTime.class).toInstant());
    }
}
