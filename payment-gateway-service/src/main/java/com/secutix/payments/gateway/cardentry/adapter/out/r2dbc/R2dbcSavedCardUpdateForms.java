package com.secutix.payments.gateway.cardentry.adapter.out.r2dbc;

import com.secutix.payments.gateway.cardentry.application.SavedCardUpdateForms;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The forms that update a saved card's details ({@code saved_card_update_forms}); a row goes with its form when the
 * form is purged (foreign key, on delete cascade).
 */
public class R2dbcSavedCardUpdateForms implements SavedCardUpdateForms {

    private final DatabaseClient database;

    public R2dbcSavedCardUpdateForms(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Void> record(String tenantId, CardEntryReference reference, UUID savedCardId) {
        return database.sql("""
                        insert into saved_card_update_forms (tenant_id, reference, saved_card_id)
                        values (:tenant, :reference, :card)
                        """)
                .bind("tenant", tenantId)
                .bind("reference", reference.value())
                .bind("card", savedCardId)
                .then();
    }

    @Override
    public Mono<UUID> savedCardOf(String tenantId, CardEntryReference reference) {
        return database.sql("""
                        select saved_card_id from saved_card_update_forms
                         where tenant_id = :tenant and reference = :reference
                        """)
                .bind("tenant", tenantId)
                .bind("reference", reference.value())
                .map(row -> row.get("saved_card_id", UUID.class))
                .one();
    }
}
