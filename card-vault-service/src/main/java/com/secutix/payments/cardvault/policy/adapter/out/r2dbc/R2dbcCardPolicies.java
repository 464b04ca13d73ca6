package com.secutix.payments.cardvault.policy.adapter.out.r2dbc;

import com.secutix.payments.cardvault.policy.application.CardPolicies;
import com.secutix.payments.cardvault.policy.application.ConcurrentPolicyChangeException;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;
import com.secutix.payments.platform.outbox.Outbox;

import io.r2dbc.spi.Readable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Card policies in PostgreSQL: {@code card_policy} (the current version of each tenant's, guarded by its
 * version) and {@code card_policy_change} (the audit trail); a change, its audit row and its outbox event
 * commit in one transaction.
 */
public class R2dbcCardPolicies implements CardPolicies {

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Outbox outbox;
    private final JsonMapper json;

    public R2dbcCardPolicies(DatabaseClient database, TransactionalOperator transactions, Outbox outbox, JsonMapper json) {
        this.database = database;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public Mono<TenantCardPolicy> find(String tenantId) {
        return database.sql("select tenant_id, version, policy::text as policy, changed_by, changed_at from card_policy where tenant_id = :tenant")
                .bind("tenant", tenantId)
                .map(this::read)
                .one();
    }

    @Override
    public Flux<TenantCardPolicy> findAll(Collection<String> tenantIds) {
        if (tenantIds.isEmpty()) {
            return Flux.empty();
        }
        return database.sql("""
                        select tenant_id, version, policy::text as policy, changed_by, changed_at from card_policy
                         where tenant_id = any(cast(:tenants as varchar[]))
                        """)
                .bind("tenants", tenantIds.stream().distinct().toArray(String[]::new))
                .map(this::read)
                .all();
    }

    @Override
    public Mono<Void> record(TenantCardPolicy.Change change) {
        TenantCardPolicy after = change.after();
        Mono<Long> write = change.before().version() == 0
                ? database.sql("""
                        insert into card_policy (tenant_id, version, policy, changed_by, changed_at)
                        values (:tenant, :version, cast(:policy as jsonb), :changedBy, :changedAt)
                        on conflict (tenant_id) do nothing
                        """).bind("tenant", after.tenantId()).bind("version", after.version())
                        .bind("policy", jsonOf(after)).bind("changedBy", after.changedBy().orElseThrow())
                        .bind("changedAt", utc(after.changedAt().orElseThrow())).fetch().rowsUpdated()
                : database.sql("""
                        update card_policy set version = :version, policy = cast(:policy as jsonb), changed_by = :changedBy,
                                               changed_at = :changedAt
                         where tenant_id = :tenant and version = :previous
                        """).bind("tenant", after.tenantId()).bind("version", after.version())
                        .bind("previous", change.before().version()).bind("policy", jsonOf(after))
                        .bind("changedBy", after.changedBy().orElseThrow())
                        .bind("changedAt", utc(after.changedAt().orElseThrow())).fetch().rowsUpdated();
        Mono<Void> audit = database.sql("""
                        insert into card_policy_change (tenant_id, version, changed_by, changed_at, policy_before, policy_after)
                        values (:tenant, :version, :changedBy, :changedAt, cast(:before as jsonb), cast(:after as jsonb))
                        """).bind("tenant", after.tenantId()).bind("version", after.version())
                .bind("changedBy", after.changedBy().orElseThrow()).bind("changedAt", utc(after.changedAt().orElseThrow()))
                .bind("before", jsonOf(change.before())).bind("after", jsonOf(after)).then();
        return transactions.transactional(write
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new ConcurrentPolicyChangeException(after.tenantId())))
                .then(audit)
                .then(outbox.append(change.event(), "card-policy-" + after.tenantId() + "-v" + after.version())));
    }

    @Override
    public Flux<TenantCardPolicy.Change> history(String tenantId, int limit) {
        return database.sql("""
                        select tenant_id, version, changed_by, changed_at, policy_before::text as policy_before,
                               policy_after::text as policy_after
                          from card_policy_change where tenant_id = :tenant order by version desc limit :limit
                        """)
                .bind("tenant", tenantId)
                .bind("limit", limit)
                .map(this::readChange)
                .all();
    }

    private TenantCardPolicy read(Readable row) {
        return new TenantCardPolicy(row.get("tenant_id", String.class), policyOf(row.get("policy", String.class)),
                row.get("version", Long.class), Optional.of(row.get("changed_by", String.class)),
                Optional.of(row.get("changed_at", OffsetDateTime.class).toInstant()));
    }

    /** A change as recorded; the same change made again from the state before gives the same event. */
    private TenantCardPolicy.Change readChange(Readable row) {
        StoredVersion before = json.readValue(row.get("policy_before", String.class), StoredVersion.class);
        TenantCardPolicy previous = new TenantCardPolicy(row.get("tenant_id", String.class), before.policy().toPolicy(),
                row.get("version", Long.class) - 1, Optional.ofNullable(before.changedBy()), Optional.ofNullable(before.changedAt()));
        return previous.changeTo(policyOf(row.get("policy_after", String.class)), row.get("changed_by", String.class),
                row.get("changed_at", OffsetDateTime.class).toInstant());
    }

    private String jsonOf(TenantCardPolicy policy) {
        return json.writeValueAsString(new StoredVersion(StoredPolicy.of(policy.policy()), policy.changedBy().orElse(null),
                policy.changedAt().orElse(null)));
    }

    private CardPolicy policyOf(String text) {
        return json.readValue(text, StoredVersion.class).policy().toPolicy();
    }

    /** What a {@code jsonb} column holds: the policy, and who set it when (none for the default). */
    record StoredVersion(StoredPolicy policy, String changedBy, Instant changedAt) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
