package com.secutix.payments.gateway.savedcard.adapter.out.r2dbc;

import com.secutix.payments.events.Money;
import com.secutix.payments.gateway.savedcard.application.CardPolicies;
import com.secutix.payments.gateway.savedcard.domain.AtSavedCardLimit;
import com.secutix.payments.gateway.savedcard.domain.CardPolicy;
import com.secutix.payments.gateway.savedcard.domain.CvvRule;
import com.secutix.payments.gateway.savedcard.domain.PolicyChannel;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The tenants' card policies ({@code card_policies}) in PostgreSQL, one row per tenant at its latest version,
 * with a CVV rule per channel in three columns each ({@code cvv_<channel>}, {@code cvv_<channel>_above_minor_units},
 * {@code cvv_<channel>_above_currency}). A batch's policies are written by one statement (one array per column), in
 * tenant order, so two transactions keeping policies cannot deadlock; a row is replaced only by a newer version.
 */
public class R2dbcCardPolicies implements CardPolicies {

    private static final String KEEP_NEWER = """
            insert into card_policies (tenant_id, policy_version, saving_enabled, max_saved_cards_per_customer,
                                       at_limit,
                                       cvv_web, cvv_web_above_minor_units, cvv_web_above_currency,
                                       cvv_mobile, cvv_mobile_above_minor_units, cvv_mobile_above_currency,
                                       cvv_call_centre, cvv_call_centre_above_minor_units, cvv_call_centre_above_currency,
                                       cvv_box_office, cvv_box_office_above_minor_units, cvv_box_office_above_currency,
                                       changed_by, changed_at)
            select * from unnest(cast(:tenantIds as varchar[]), cast(cast(:versions as varchar[]) as bigint[]),
                                 cast(cast(:savingEnabled as varchar[]) as boolean[]),
                                 cast(cast(:maxSavedCards as varchar[]) as integer[]), cast(:atLimits as varchar[]),
                                 cast(:webRules as varchar[]), cast(cast(:webAbove as varchar[]) as bigint[]),
                                 cast(:webCurrencies as varchar[]),
                                 cast(:mobileRules as varchar[]), cast(cast(:mobileAbove as varchar[]) as bigint[]),
                                 cast(:mobileCurrencies as varchar[]),
                                 cast(:callCentreRules as varchar[]), cast(cast(:callCentreAbove as varchar[]) as bigint[]),
                                 cast(:callCentreCurrencies as varchar[]),
                                 cast(:boxOfficeRules as varchar[]), cast(cast(:boxOfficeAbove as varchar[]) as bigint[]),
                                 cast(:boxOfficeCurrencies as varchar[]),
                                 cast(:changedBy as varchar[]), cast(:changedAt as timestamptz[]))
            on conflict (tenant_id) do update
               set policy_version = excluded.policy_version, saving_enabled = excluded.saving_enabled,
                   max_saved_cards_per_customer = excluded.max_saved_cards_per_customer, at_limit = excluded.at_limit,
                   cvv_web = excluded.cvv_web, cvv_web_above_minor_units = excluded.cvv_web_above_minor_units,
                   cvv_web_above_currency = excluded.cvv_web_above_currency,
                   cvv_mobile = excluded.cvv_mobile, cvv_mobile_above_minor_units = excluded.cvv_mobile_above_minor_units,
                   cvv_mobile_above_currency = excluded.cvv_mobile_above_currency,
                   cvv_call_centre = excluded.cvv_call_centre,
                   cvv_call_centre_above_minor_units = excluded.cvv_call_centre_above_minor_units,
                   cvv_call_centre_above_currency = excluded.cvv_call_centre_above_currency,
                   cvv_box_office = excluded.cvv_box_office,
                   cvv_box_office_above_minor_units = excluded.cvv_box_office_above_minor_units,
                   cvv_box_office_above_currency = excluded.cvv_box_office_above_currency,
                   changed_by = excluded.changed_by, changed_at = excluded.changed_at
             where card_policies.policy_version < excluded.policy_version
            """;

    private final DatabaseClient database;

    public R2dbcCardPolicies(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<Long> keepNewer(List<TenantCardPolicy> policies) {
        List<TenantCardPolicy> rows = newestPerTenant(policies);
        if (rows.isEmpty()) {
            return Mono.just(0L);
        }
        DatabaseClient.GenericExecuteSpec insert = database.sql(KEEP_NEWER)
                .bind("tenantIds", column(rows, TenantCardPolicy::tenantId))
                .bind("versions", column(rows, policy -> Long.toString(policy.version())))
                .bind("savingEnabled", column(rows, policy -> Boolean.toString(policy.policy().savingEnabled())))
                .bind("maxSavedCards", column(rows,
                        policy -> Integer.toString(policy.policy().maxSavedCardsPerCustomer())))
                .bind("atLimits", column(rows, policy -> policy.policy().atLimit().name()))
                .bind("changedBy", column(rows, TenantCardPolicy::changedBy))
                .bind("changedAt", column(rows, policy -> policy.changedAt().atOffset(ZoneOffset.UTC).toString()));
        for (PolicyChannel channel : PolicyChannel.values()) {
            String prefix = parameterPrefix(channel);
            insert = insert
                    .bind(prefix + "Rules", column(rows, policy -> ruleOf(policy, channel).kind().name()))
                    .bind(prefix + "Above", column(rows, policy -> ruleOf(policy, channel).threshold()
                            .map(threshold -> Long.toString(threshold.minorUnits())).orElse(null)))
                    .bind(prefix + "Currencies", column(rows, policy -> ruleOf(policy, channel).threshold()
                            .map(Money::currency).orElse(null)));
        }
        return insert.fetch().rowsUpdated();
    }

    @Override
    public Mono<TenantCardPolicy> find(String tenantId) {
        return database.sql("select * from card_policies where tenant_id = :tenantId")
                .bind("tenantId", tenantId)
                .map(R2dbcCardPolicies::policyOf)
                .one();
    }

    /** The newest version of each tenant's, in tenant order (the lock order). */
    private static List<TenantCardPolicy> newestPerTenant(List<TenantCardPolicy> policies) {
        Map<String, TenantCardPolicy> byTenant = new LinkedHashMap<>();
        policies.forEach(policy -> byTenant.merge(policy.tenantId(), policy,
                (kept, other) -> other.version() > kept.version() ? other : kept));
        return byTenant.values().stream().sorted(Comparator.comparing(TenantCardPolicy::tenantId)).toList();
    }

    private static CvvRule ruleOf(TenantCardPolicy policy, PolicyChannel channel) {
        return policy.policy().cvvForSavedCards().get(channel);
    }

    /** {@code web}, {@code mobile}, {@code callCentre}, {@code boxOffice}: the bind names of a channel's columns. */
    private static String parameterPrefix(PolicyChannel channel) {
        String[] words = channel.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static String[] column(List<TenantCardPolicy> rows, Function<TenantCardPolicy, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static TenantCardPolicy policyOf(Readable row) {
        Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
        for (PolicyChannel channel : PolicyChannel.values()) {
            String column = "cvv_" + channel.name().toLowerCase(Locale.ROOT);
            CvvRule.Kind kind = CvvRule.Kind.valueOf(row.get(column, String.class));
            Long above = row.get(column + "_above_minor_units", Long.class);
            String currency = row.get(column + "_above_currency", String.class);
            rules.put(channel, new CvvRule(kind, Optional.ofNullable(above).map(amount -> new Money(amount, currency))));
        }
        CardPolicy policy = new CardPolicy(Boolean.TRUE.equals(row.get("saving_enabled", Boolean.class)),
                row.get("max_saved_cards_per_customer", Integer.class),
                AtSavedCardLimit.valueOf(row.get("at_limit", String.class)), rules);
        return new TenantCardPolicy(row.get("tenant_id", String.class), row.get("policy_version", Long.class), policy,
                row.get("changed_by", String.class), row.get("changed_at", OffsetDateTime.class).toInstant());
    }
}
