package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.Money;
import reactor.core.publisher.Mono;

/** The tenant's card policy, as far as payments apply it: when a payment with a saved card asks for its security code. */
public interface SavedCardCvvRules {

    /**
     * Whether a payment of {@code amount} with a saved card, on {@code channel}, must come with the card's security
     * code, by the tenant's card policy (the vault's default for a tenant that never changed it).
     */
    Mono<Boolean> asksForCvv(String tenantId, Channel channel, Money amount);
}
