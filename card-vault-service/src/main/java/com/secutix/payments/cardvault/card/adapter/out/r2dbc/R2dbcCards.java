package com.secutix.payments.cardvault.card.adapter.out.r2dbc;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.HeldCard;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.OwnedCards;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;

import io.r2dbc.spi.Readable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCards implements Cards {

    /** Every card of a batch in one statement: one array per column, one row per card. */
    private static final String INSERT_UNLESS_SAME_CARD = """
            INSERT INTO saved_card (id, tenant_id, customer_id, psp_alias_sealed, psp_alias_digest, brand, masked_number,
                                    expiry_month, holder_name, saved_through, saved_at)
            SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:tenantIds AS varchar[]), CAST(:customerIds AS varchar[]),
                                 CAST(:sealedAliases AS varchar[]), CAST(:aliasDigests AS varchar[]),
                                 CAST(:brands AS varchar[]), CAST(:maskedNumbers AS varchar[]),
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
            SELECT id, tenant_id, customer_id, psp_alias_sealed, brand, masked_number, expiry_month, holder_name,
                   saved_through, saved_at
            FROM saved_card
            WHERE tenant_id = :tenantId AND customer_id = :customerId
            ORDER BY saved_at, id
            """;

    /**
     * The first key of the transaction-level advisory locks of saved-card owners ({@code pg_advisory_xact_lock(int,
     * int)}: a key space of its own, apart from the one-key locks of the outbox relay and Flyway); the second is
     * {@link #lockKeyOf} the owner.
     */
    static final int OWNER_LOCKS = 0x5CA7_0001;

    /**
     * Each key's lock in the order of the array (a function scan over {@code unnest} yields the array's order; a
     * volatile function in a subquery's select list is evaluated for every row even though only the rows are
     * counted): the keys are sorted, so every transaction waits for the locks in the same order.
     */
    private static final String LOCK_OWNERS = """
            SELECT count(*) AS locked
            FROM (SELECT pg_advisory_xact_lock(:space, key) FROM unnest(CAST(:keys AS int[])) AS key) AS locks
            """;

    /** The cards of several owners, oldest first, one row per owner that holds any. */
    private static final String SELECT_HELD_BY_OWNERS = """
            SELECT tenant_id, customer_id,
                   array_agg(id ORDER BY saved_at, id) AS ids, array_agg(psp_alias_sealed ORDER BY saved_at, id) AS aliases
            FROM saved_card
            WHERE (tenant_id, customer_id) IN (SELECT * FROM unnest(CAST(:tenantIds AS varchar[]),
                                                                    CAST(:customerIds AS varchar[])))
            GROUP BY tenant_id, customer_id
            """;

    private static final String DELETE_BY_IDS = """
            DELETE FROM saved_card WHERE id = ANY(CAST(:ids AS uuid[])) RETURNING id
            """;

    private final DatabaseClient database;
    /** Aliases are stored sealed (and found by their digest): only this adapter sees them in clear. */
    private final SecretSealer sealer;

    R2dbcCards(DatabaseClient database, SecretSealer sealer) {
        this.database = database;
        this.sealer = sealer;
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
                .bind("sealedAliases", column(rows, card -> sealer.seal(card.alias().value(), aliasContext(card))))
                .bind("aliasDigests", column(rows, card -> sealer.lookupDigest(card.alias().value(), aliasContext(card))))
                .bind("brands", column(rows, card -> card.details().brand().name()))
                .bind("maskedNumbers", column(rows, card -> card.details().maskedNumber().value()))
                .bind("expiryMonths", column(rows, card -> card.details().expiry().month().toString()))
                .bind("holderNames", column(rows, card -> card.details().holderName()))
                .bind("savedThrough", column(rows, card -> card.savedThrough().name()))
                .bind("savedAts", column(rows, card -> card.savedAt().atOffset(ZoneOffset.UTC).toString()))
                .map(row -> new CardId(row.get("id", UUID.class)))
                .all();
    }

    private static SealContext aliasContext(SavedCard card) {
        return SealContext.pspAlias(card.owner().tenantId());
    }

    private static String[] column(List<SavedCard> rows, Function<SavedCard, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    @Override
    public Flux<SavedCard> of(CardOwner owner) {
        return database.sql(SELECT_BY_OWNER)
                .bind("tenantId", owner.tenantId())
                .bind("customerId", owner.customerId())
                .map(this::savedCard)
                .all();
    }

    @Override
    public Mono<Void> lockOwners(Collection<CardOwner> owners) {
        int[] keys = owners.stream().mapToInt(R2dbcCards::lockKeyOf).distinct().sorted().toArray();
        if (keys.length == 0) {
            return Mono.empty();
        }
        return database.sql(LOCK_OWNERS)
                .bind("space", OWNER_LOCKS)
                .bind("keys", IntStream.of(keys).boxed().toArray(Integer[]::new))
                .map(row -> row.get("locked", Long.class))
                .one()
                .flatMap(locked -> locked == keys.length ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("took " + locked + " card owner locks of " + keys.length)));
    }

    /**
     * The second key of an owner's lock: 32 bits of the SHA-256 of its tenant and customer ids. Two owners may share
     * a key; they then wait for each other, which costs time, never correctness.
     */
    static int lockKeyOf(CardOwner owner) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(owner.tenantId().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(owner.customerId().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha256.digest()).getInt();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JVM has SHA-256", missing);
        }
    }

    @Override
    public Flux<OwnedCards> heldBy(Collection<CardOwner> owners) {
        List<CardOwner> distinct = owners.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Flux.empty();
        }
        return database.sql(SELECT_HELD_BY_OWNERS)
                .bind("tenantIds", distinct.stream().map(CardOwner::tenantId).toArray(String[]::new))
                .bind("customerIds", distinct.stream().map(CardOwner::customerId).toArray(String[]::new))
                .map(this::ownedCards)
                .all();
    }

    private OwnedCards ownedCards(Readable row) {
        UUID[] ids = row.get("ids", UUID[].class);
        String[] aliases = row.get("aliases", String[].class);
        SealContext context = SealContext.pspAlias(row.get("tenant_id", String.class));
        List<HeldCard> held = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            held.add(new HeldCard(new CardId(ids[i]), new PspAlias(sealer.open(aliases[i], context))));
        }
        return OwnedCards.of(new CardOwner(row.get("tenant_id", String.class), row.get("customer_id", String.class)), held);
    }

    @Override
    public Flux<CardId> remove(Collection<CardId> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return database.sql(DELETE_BY_IDS)
                .bind("ids", ids.stream().map(CardId::value).sorted().toArray(UUID[]::new))
                .map(row -> new CardId(row.get("id", UUID.class)))
                .all();
    }

    private SavedCard savedCard(Readable row) {
        CardDetails details = new CardDetails(
                new CardBrand(row.get("brand", String.class)),
                new MaskedNumber(row.get("masked_number", String.class)),
                new CardExpiry(YearMonth.parse(row.get("expiry_month", String.class))),
                row.get("holder_name", String.class));
        return new SavedCard(
                new CardId(row.get("id", UUID.class)),
                new CardOwner(row.get("tenant_id", String.class), row.get("customer_id", String.class)),
                new PspAlias(sealer.open(row.get("psp_alias_sealed", String.class),
                        SealContext.pspAlias(row.get("tenant_id", String.class)))),
                details,
                SalesChannel.valueOf(row.get("saved_through", String.class)),
                row.get("saved_at", OffsetDateTime.class).toInstant());
    }
}
