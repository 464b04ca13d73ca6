package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Which customer each alias belongs to, and the card the PSP showed for it. Registrations are written by
 * {@link CardEntries#redeem} only.
 */
public interface CardRegistrations {

    /** The alias's registration in the tenant; empty when the tenant has no such alias. */
    Mono<CardRegistration> find(String tenantId, CardAlias alias);

    /**
     * The alias's registration in the tenant, as {@link #find} reads it, and in the same statement the security code
     * typed with the alias's entry used up for the payment, when the alias is this customer's and the code unused and
     * still good at {@code now} (the PSP keeps it for one order, the alias's first): a payment by alias asks for both,
     * one round trip. Joins the caller's transaction: a payment whose start rolls back leaves the code unused, and of
     * two payments at once only one uses it up. Empty when the tenant has no such alias.
     */
    Mono<RegistrationForPayment> findForPayment(String tenantId, String customerId, CardAlias alias, UUID paymentId,
            Instant now);

    /** An alias's registration, and whether the payment that looked it up used up the code typed with its entry. */
    record RegistrationForPayment(CardRegistration registration, boolean enteredCodeUsedUp) {
    }
}
