package com.secutix.payments.gateway.payment.adapter.out.savedcard;

import com.secutix.payments.gateway.payment.application.SavedCardCvvRules;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.Money;
import com.secutix.payments.gateway.savedcard.application.ReadCardPolicy;
import com.secutix.payments.gateway.savedcard.domain.PolicyChannel;
import reactor.core.publisher.Mono;

/**
 * The CVV rules of the tenant's card policy as the saved-card feature keeps it from the vault's events (the vault's
 * default for a tenant without one), for a payment's channel and amount.
 */
public class VaultCardPolicyCvvRules implements SavedCardCvvRules {

    private final ReadCardPolicy cardPolicies;

    public VaultCardPolicyCvvRules(ReadCardPolicy cardPolicies) {
        this.cardPolicies = cardPolicies;
    }

    @Override
    public Mono<Boolean> asksForCvv(String tenantId, Channel channel, Money amount) {
        PolicyChannel policyChannel = PolicyChannel.valueOf(channel.name());
        return cardPolicies.of(tenantId)
                .map(policy -> policy.asksForCvv(policyChannel, amount.minorUnits(), amount.currency()));
    }
}
