package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The gateway's copy of a saved card, as a confirmed alias update changes it. */
public interface SavedCardDetailsUpdates {

    /** Shows the card's new masked data (joining the caller's transaction); false when the card is gone. */
    Mono<Boolean> replace(String tenantId, String customerId, UUID savedCardId, EnteredCard card);
}
