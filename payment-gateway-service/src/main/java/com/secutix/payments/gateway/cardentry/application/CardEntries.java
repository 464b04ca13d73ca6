package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import com.secutix.payments.gateway.cardentry.domain.CvvProof;
import com.secutix.payments.gateway.cardentry.domain.IssuedCardEntry;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** The card-entry forms the gateway signed. */
public interface CardEntries {

    Mono<Void> issue(IssuedCardEntry entry);

    /** The form with this reference in the tenant, redeemed or not; empty when there is none. */
    Mono<IssuedCardEntry> find(String tenantId, CardEntryReference reference);

    /**
     * Marks the form redeemed if it is still open and unexpired at {@code now} and, in the same transaction,
     * registers the alias it stored (if any) or records the proof that a saved card's security code was typed
     * (a CVV re-entry); false when another request redeemed it first, so a redirect is accepted at most once even
     * when two arrive together.
     */
    Mono<Boolean> redeem(IssuedCardEntry entry, Instant now, Optional<CardRegistration> registration,
            Optional<CvvProof> cvvProof);
}
