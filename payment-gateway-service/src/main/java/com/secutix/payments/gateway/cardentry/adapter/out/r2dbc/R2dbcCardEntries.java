package com.secutix.payments.gateway.cardentry.adapter.out.r2dbc;

import com.secutix.payments.gateway.cardentry.application.CardEntries;
import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.application.CvvProofs;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import com.secutix.payments.gateway.cardentry.domain.CvvProof;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.IssuedCardEntry;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Card entries ({@code card_entry_forms}), alias owners ({@code card_registrations}) and the proofs of CVV
 * re-entries ({@code cvv_proofs}) in PostgreSQL. A form is redeemed with one conditional update, so two redirects
 * racing for it cannot both win; the alias it stored is registered, or its CVV proof recorded, in the same
 * transaction. Proofs are used up with one conditional update too (an alias's entered code in the statement that
 * reads the alias's registration for a payment).
 */
public class R2dbcCardEntries implements CardEntries, CardRegistrations, CvvProofs {

    private static final String FIND_USING_UP_ENTERED_CODE = """
            with used_up as (
                update card_registrations set entered_code_used_by = :payment
                 where tenant_id = :tenant and psp_alias_digest = :digest and customer_id = :customer
                   and entered_code_used_by is null and entered_code_until > :now
                returning psp_alias_digest)
            select registration.*, exists (select 1 from used_up) as entered_code_used_up
              from card_registrations registration
             where registration.tenant_id = :tenant and registration.psp_alias_digest = :digest
            """;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    /** Aliases are stored sealed, registrations found by the alias's digest: only this adapter sees them in clear. */
    private final SecretSealer sealer;

    public R2dbcCardEntries(DatabaseClient database, TransactionalOperator transactions, SecretSealer sealer) {
        this.database = database;
        this.transactions = transactions;
        this.sealer = sealer;
    }

    @Override
    public Mono<Void> issue(IssuedCardEntry entry) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("""
                        insert into card_entry_forms (tenant_id, reference, customer_id, issued_to, order_reference,
                                                      psp_alias_sealed, updates_alias, issued_at, expires_at,
                                                      cvv_for_saved_card)
                        values (:tenant, :reference, :customer, :issuedTo, :orderReference, :alias, :updatesAlias,
                                :issuedAt, :expiresAt, :cvvForSavedCard)
                        """)
                .bind("tenant", entry.tenantId())
                .bind("reference", entry.reference().value())
                .bind("customer", entry.customerId())
                .bind("issuedTo", entry.issuedTo())
                .bind("orderReference", entry.orderReference())
                .bind("alias", sealer.seal(entry.alias().value(), SealContext.pspAlias(entry.tenantId())))
                .bind("updatesAlias", entry.updatesAlias())
                .bind("issuedAt", utc(entry.issuedAt()))
                .bind("expiresAt", utc(entry.expiresAt()));
        insert = entry.cvvForSavedCard() == null ? insert.bindNull("cvvForSavedCard", UUID.class)
                : insert.bind("cvvForSavedCard", entry.cvvForSavedCard());
        return insert.then();
    }

    @Override
    public Mono<IssuedCardEntry> find(String tenantId, CardEntryReference reference) {
        return database.sql("select * from card_entry_forms where tenant_id = :tenant and reference = :reference")
                .bind("tenant", tenantId)
                .bind("reference", reference.value())
                .map(this::readEntry)
                .one();
    }

    @Override
    public Mono<Boolean> redeem(IssuedCardEntry entry, Instant now, Optional<CardRegistration> registration,
            Optional<CvvProof> cvvProof) {
        Mono<Boolean> redeemed = database.sql("""
                        update card_entry_forms set redeemed_at = :now
                         where tenant_id = :tenant and reference = :reference
                           and redeemed_at is null and expires_at > :now
                        """)
                .bind("tenant", entry.tenantId())
                .bind("reference", entry.reference().value())
                .bind("now", utc(now))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
        return transactions.transactional(redeemed.flatMap(won -> {
            if (!won) {
                return Mono.just(false);
            }
            Mono<Void> registered = registration.map(this::register).orElse(Mono.empty());
            Mono<Void> proved = cvvProof.map(this::record).orElse(Mono.empty());
            return registered.then(proved).thenReturn(true);
        }));
    }

    @Override
    public Mono<Boolean> useUp(String tenantId, String customerId, UUID savedCardId, UUID paymentId, Instant now) {
        return database.sql("""
                        update cvv_proofs set used_at = :now, used_by_payment = :payment
                         where tenant_id = :tenant and customer_id = :customer and saved_card_id = :card
                           and used_at is null and expires_at > :now
                        """)
                .bind("tenant", tenantId)
                .bind("customer", customerId)
                .bind("card", savedCardId)
                .bind("payment", paymentId)
                .bind("now", utc(now))
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    private Mono<Void> record(CvvProof proof) {
        return database.sql("""
                        insert into cvv_proofs (tenant_id, card_entry_reference, customer_id, saved_card_id,
                                                entered_at, expires_at)
                        values (:tenant, :reference, :customer, :card, :enteredAt, :expiresAt)
                        """)
                .bind("tenant", proof.tenantId())
                .bind("reference", proof.reference().value())
                .bind("customer", proof.customerId())
                .bind("card", proof.savedCardId())
                .bind("enteredAt", utc(proof.enteredAt()))
                .bind("expiresAt", utc(proof.expiresAt()))
                .then();
    }

    @Override
    public Mono<CardRegistration> find(String tenantId, CardAlias alias) {
        return database.sql("select * from card_registrations where tenant_id = :tenant and psp_alias_digest = :digest")
                .bind("tenant", tenantId)
                .bind("digest", sealer.lookupDigest(alias.value(), SealContext.pspAlias(tenantId)))
                .map(this::readRegistration)
                .one();
    }

    /**
     * One statement: the code's use-up (a conditional update, which locks the row, so a second payment at once waits
     * and then finds the code used) and the registration as it was before it.
     */
    @Override
    public Mono<RegistrationForPayment> findForPayment(String tenantId, String customerId, CardAlias alias,
            UUID paymentId, Instant now) {
        return database.sql(FIND_USING_UP_ENTERED_CODE)
                .bind("tenant", tenantId)
                .bind("digest", sealer.lookupDigest(alias.value(), SealContext.pspAlias(tenantId)))
                .bind("customer", customerId)
                .bind("payment", paymentId)
                .bind("now", utc(now))
                .map(row -> new RegistrationForPayment(readRegistration(row),
                        Boolean.TRUE.equals(row.get("entered_code_used_up", Boolean.class))))
                .one();
    }

    /** A new alias, or new details of an alias of the same customer: the owner is never changed. */
    private Mono<Void> register(CardRegistration registration) {
        EnteredCard card = registration.card();
        DatabaseClient.GenericExecuteSpec insert = database.sql("""
                        insert into card_registrations (tenant_id, psp_alias_sealed, psp_alias_digest, customer_id,
                                                        entered_by, entered_at, updated_at, card_brand,
                                                        card_masked_number, card_expiry, card_holder_name,
                                                        entered_code_until)
                        values (:tenant, :alias, :digest, :customer, :enteredBy, :at, :at, :brand, :masked, :expiry,
                                :holder, :codeUntil)
                        on conflict (tenant_id, psp_alias_digest) do update
                           set updated_at = excluded.updated_at, card_brand = excluded.card_brand,
                               card_masked_number = excluded.card_masked_number,
                               card_expiry = excluded.card_expiry, card_holder_name = excluded.card_holder_name,
                               entered_code_until = excluded.entered_code_until, entered_code_used_by = null
                         where card_registrations.customer_id = excluded.customer_id
                        """)
                .bind("tenant", registration.tenantId())
                .bind("alias", sealer.seal(registration.alias().value(), SealContext.pspAlias(registration.tenantId())))
                .bind("digest", sealer.lookupDigest(registration.alias().value(), SealContext.pspAlias(registration.tenantId())))
                .bind("customer", registration.customerId())
                .bind("enteredBy", registration.enteredBy())
                .bind("at", utc(registration.enteredAt()))
                .bind("brand", card.brand())
                .bind("masked", card.maskedNumber())
                .bind("expiry", card.expiry())
                .bind("codeUntil", utc(registration.enteredCodeUntil()));
        insert = card.holderName() == null ? insert.bindNull("holder", String.class)
                : insert.bind("holder", card.holderName());
        return insert.then();
    }

    private String openAlias(Readable row) {
        return sealer.open(row.get("psp_alias_sealed", String.class), SealContext.pspAlias(row.get("tenant_id", String.class)));
    }

    private IssuedCardEntry readEntry(Readable row) {
        return new IssuedCardEntry(new CardEntryReference(row.get("reference", String.class)),
                row.get("tenant_id", String.class), row.get("customer_id", String.class),
                row.get("issued_to", String.class), row.get("order_reference", String.class),
                new CardAlias(openAlias(row)),
                Boolean.TRUE.equals(row.get("updates_alias", Boolean.class)), instant(row, "issued_at"),
                instant(row, "expires_at"), instant(row, "redeemed_at"), row.get("cvv_for_saved_card", UUID.class));
    }

    private CardRegistration readRegistration(Readable row) {
        return new CardRegistration(row.get("tenant_id", String.class),
                new CardAlias(openAlias(row)), row.get("customer_id", String.class),
                row.get("entered_by", String.class), instant(row, "entered_at"),
                new EnteredCard(row.get("card_brand", String.class), row.get("card_masked_number", String.class),
                        row.get("card_expiry", String.class), row.get("card_holder_name", String.class)),
                instant(row, "entered_code_until"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
