package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The card vault, called with the terminal's own token: the vault decides the tenant from it. */
public interface BoxOfficeVault {

    /** The customer's saved cards in the terminal's tenant (none for a customer the tenant does not know). */
    Flux<SavedCard> savedCards(Terminal terminal, String customerId);

    /** The {@code BOX_OFFICE} rule of the tenant's card policy (the vault's default when the tenant set none). */
    Mono<SecurityCodeRule> boxOfficeRule(Terminal terminal);
}
