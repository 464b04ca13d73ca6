package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import reactor.core.publisher.Mono;

/**
 * Which customer each alias belongs to, and the card the PSP showed for it. Registrations are written by
 * {@link CardEntries#redeem} only.
 */
public interface CardRegistrations {

    /** The alias's registration in the tenant; empty when the tenant has no such alias. */
    Mono<CardRegistration> find(String tenantId, CardAlias alias);
}
