package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import reactor.core.publisher.Mono;

/** The cards entered at the PSP, each behind an alias that belongs to one customer. */
public interface CardsOnFile {

    /**
     * The card behind the alias, as the PSP showed it at card entry, when the alias is this customer's in
     * this tenant; empty otherwise (unknown alias, another customer's, another tenant's).
     */
    Mono<MaskedCard> cardOf(String tenantId, String customerId, PspAlias alias);
}
