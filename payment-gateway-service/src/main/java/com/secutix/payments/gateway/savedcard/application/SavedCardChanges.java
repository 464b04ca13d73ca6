package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Changes to the gateway's copy of the saved cards after they were kept: new masked data, and deletions, which are
 * remembered (the card id, and the digest of its alias, never the alias) so that a later payment by either is
 * refused. Every method joins the caller's transaction.
 */
public interface SavedCardChanges {

    /** Replaces the masked data of the card of this customer in this tenant; emits whether such a card was there. */
    Mono<Boolean> replaceDetails(String tenantId, String customerId, UUID cardId, SavedCardDetails details);

    /**
     * Removes the card and remembers it as deleted with its alias's digest ({@code aliasDigest} empty when the
     * gateway never kept the card: its id is still refused). A card remembered already stays as it was.
     */
    Mono<Void> forget(String tenantId, String customerId, UUID cardId, Optional<String> aliasDigest, String reason,
            Instant deletedAt);

    /** Whether this customer's card of this id was deleted. */
    Mono<Boolean> isDeletedCard(String tenantId, String customerId, UUID cardId);

    /** Whether a deleted card of this tenant had the alias of this digest ({@code AliasDigest}). */
    Mono<Boolean> isDeletedAlias(String tenantId, String aliasDigest);
}
