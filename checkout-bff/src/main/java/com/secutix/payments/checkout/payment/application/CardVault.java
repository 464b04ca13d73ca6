package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.SavedCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The card vault: the buyer's saved cards, read with the buyer's own token; the tenant's card policy. */
public interface CardVault {

    Flux<SavedCard> savedCards(SignedInBuyer buyer);

    /** Whether the tenant lets buyers save cards (its card policy). */
    Mono<Boolean> savingEnabled(String tenantId);
}
