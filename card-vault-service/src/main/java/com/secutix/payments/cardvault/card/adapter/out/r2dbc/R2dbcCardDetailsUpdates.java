package com.secutix.payments.cardvault.card.adapter.out.r2dbc;

import com.secutix.payments.cardvault.card.application.CardDetailsUpdates;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SalesChannel;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/** Replaces a saved card's masked data in place; never reads or writes its alias. */
@Repository
class R2dbcCardDetailsUpdates implements CardDetailsUpdates {

    private static final String UPDATE_DETAILS = """
            UPDATE saved_card
            SET brand = :brand, masked_number = :maskedNumber, expiry_month = :expiryMonth, holder_name = :holderName,
                details_updated_at = now()
            WHERE id = :id AND tenant_id = :tenantId AND customer_id = :customerId
            RETURNING saved_through
            """;

    private final DatabaseClient database;

    R2dbcCardDetailsUpdates(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<SalesChannel> replaceDetails(CardOwner owner, CardId id, CardDetails details) {
        DatabaseClient.GenericExecuteSpec update = database.sql(UPDATE_DETAILS)
                .bind("brand", details.brand().name())
                .bind("maskedNumber", details.maskedNumber().value())
                .bind("expiryMonth", details.expiry().month().toString())
                .bind("id", id.value())
                .bind("tenantId", owner.tenantId())
                .bind("customerId", owner.customerId());
        update = details.holderName() == null ? update.bindNull("holderName", String.class)
                : update.bind("holderName", details.holderName());
        return update.map(row -> SalesChannel.valueOf(row.get("saved_through", String.class))).one();
    }
}
