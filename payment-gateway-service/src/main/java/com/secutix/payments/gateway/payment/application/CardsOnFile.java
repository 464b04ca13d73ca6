package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The cards entered at the PSP, each behind an alias that belongs to one customer. */
public interface CardsOnFile {

    /**
     * The card behind the alias, as the PSP showed it at card entry, when the alias is this customer's in this
     * tenant (empty otherwise: unknown alias, another customer's, another tenant's), read as the security code typed
     * with the alias's entry is used up for the payment, when it is unused and still good at {@code now}: the PSP
     * sends it with the alias's next order, asked for or not. Joins the caller's transaction (the payment's start): a
     * start that fails leaves the code unused.
     */
    Mono<AliasCard> cardFor(String tenantId, String customerId, PspAlias alias, PaymentId paymentId, Instant now);

    /** The card behind an alias, and whether the payment used up the security code typed with the alias's entry. */
    record AliasCard(MaskedCard card, boolean enteredCodeUsedUp) {
    }
}
