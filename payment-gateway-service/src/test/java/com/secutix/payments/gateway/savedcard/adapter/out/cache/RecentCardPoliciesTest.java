package com.secutix.payments.gateway.savedcard.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.savedcard.application.CardPolicies;
import com.secutix.payments.gateway.savedcard.domain.CardPolicy;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class RecentCardPoliciesTest {

    private static final String THEATRE = "demo-theatre";

    private final StoredPolicies stored = new StoredPolicies();
    private final AtomicLong nanos = new AtomicLong();
    private final RecentCardPolicies policies = new RecentCardPolicies(stored, nanos::get);

    @Test
    void a_tenants_policy_is_read_from_the_database_once_a_second() {
        stored.keep(policyOf(THEATRE, 1));

        assertThat(policies.find(THEATRE).block().version()).isEqualTo(1);
        assertThat(policies.find(THEATRE).block().version()).isEqualTo(1);
        assertThat(stored.reads).isEqualTo(1);

        stored.keep(policyOf(THEATRE, 2)); // another instance's listener
        assertThat(policies.find(THEATRE).block().version()).isEqualTo(1);
        elapse(RecentCardPolicies.KEPT_FOR);

        assertThat(policies.find(THEATRE).block().version()).isEqualTo(2);
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void a_tenant_without_a_policy_is_remembered_as_such() {
        assertThat(policies.find(THEATRE).blockOptional()).isEmpty();
        assertThat(policies.find(THEATRE).blockOptional()).isEmpty();

        assertThat(stored.reads).isEqualTo(1);
    }

    @Test
    void a_policy_this_instance_keeps_is_read_again_at_once() {
        stored.keep(policyOf(THEATRE, 1));
        policies.find(THEATRE).block();

        policies.keepNewer(List.of(policyOf(THEATRE, 2))).block();

        assertThat(policies.find(THEATRE).block().version()).isEqualTo(2);
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void a_read_under_way_while_a_policy_is_kept_is_not_remembered() {
        stored.keep(policyOf(THEATRE, 1));
        Sinks.One<TenantCardPolicy> slowRead = Sinks.one();
        stored.nextRead = slowRead.asMono();
        Mono<TenantCardPolicy> underWay = policies.find(THEATRE).cache();
        underWay.subscribe();

        policies.keepNewer(List.of(policyOf(THEATRE, 2))).block();
        slowRead.tryEmitValue(policyOf(THEATRE, 1));

        assertThat(underWay.block().version()).isEqualTo(1);
        assertThat(policies.find(THEATRE).block().version()).isEqualTo(2);
    }

    @Test
    void a_policy_of_another_tenant_is_not_forgotten_by_a_change() {
        stored.keep(policyOf("demo-club", 1));
        policies.find("demo-club").block();

        policies.keepNewer(List.of(policyOf(THEATRE, 1))).block();
        policies.find("demo-club").block();

        assertThat(stored.reads).isEqualTo(1);
    }

    private void elapse(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static TenantCardPolicy policyOf(String tenantId, long version) {
        return new TenantCardPolicy(tenantId, version, CardPolicy.VAULT_DEFAULT, "adam",
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    /** The database's policies, counting the reads. */
    private static final class StoredPolicies implements CardPolicies {

        private final Map<String, TenantCardPolicy> byTenant = new HashMap<>();
        private int reads;
        private Mono<TenantCardPolicy> nextRead;

        void keep(TenantCardPolicy policy) {
            byTenant.put(policy.tenantId(), policy);
        }

        @Override
        public Mono<Long> keepNewer(List<TenantCardPolicy> policies) {
            policies.forEach(this::keep);
            return Mono.just((long) policies.size());
        }

        @Override
        public Mono<TenantCardPolicy> find(String tenantId) {
            reads++;
            if (nextRead != null) {
                Mono<TenantCardPolicy> read = nextRead;
                nextRead = null;
                return read;
            }
            return Mono.justOrEmpty(byTenant.get(tenantId));
        }
    }
}
