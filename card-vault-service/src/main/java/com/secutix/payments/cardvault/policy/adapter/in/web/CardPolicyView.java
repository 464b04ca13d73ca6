package com.secutix.payments.cardvault.policy.adapter.in.web;

import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.CvvRule;
import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant's card policy as the API shows it; version 0 is the default of a tenant that never set one. */
record CardPolicyView(String tenantId, long version, boolean savingEnabled, int maxSavedCardsPerCustomer, String atLimit,
                      Map<String, CvvRuleView> cvvForSavedCards, String changedBy, Instant changedAt) {

    record CvvRuleView(String rule, String amount, String currency) {

        static CvvRuleView of(CvvRule rule) {
            return new CvvRuleView(rule.kind().name(), rule.thresholdAmount().orElse(null),
                    rule.threshold().map(money -> money.currency()).orElse(null));
        }
    }

    static CardPolicyView of(TenantCardPolicy tenantPolicy) {
        CardPolicy policy = tenantPolicy.policy();
        Map<String, CvvRuleView> rules = new LinkedHashMap<>();
        policy.cvvForSavedCards().forEach((channel, rule) -> rules.put(channel.name(), CvvRuleView.of(rule)));
        return new CardPolicyView(tenantPolicy.tenantId(), tenantPolicy.version(), policy.savingEnabled(),
                policy.maxSavedCardsPerCustomer(), policy.atLimit().name(), rules, tenantPolicy.changedBy().orElse(null),
                tenantPolicy.changedAt().orElse(null));
    }
}
