package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Deletes a saved card at the request of its customer (the token's {@code sub} is the customer id, role
 * {@code customer}) or of an operator or admin of the caller's tenant. The card is removed and {@code CardDeleted}
 * appended to the outbox in one transaction. Anyone else (box office, sales system, another customer), a card of
 * another customer or tenant, or a card that does not exist gets the same "not found" and changes nothing, so ids
 * cannot be probed. The owner is locked first ({@link Cards#lockOwners}), as saving does, so a deletion and a
 * batch saving the same customer's cards run one after the other.
 */
public class DeleteCard {

    private static final String NOT_FOUND = "No saved card with this id.";

    private final Cards cards;
    private final Outbox outbox;
    private final CardTransactions transactions;
    private final Clock clock;

    public DeleteCard(Cards cards, Outbox outbox, CardTransactions transactions, Clock clock) {
        this.cards = cards;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<Void> delete(Caller caller, String customerId, UUID cardId, String correlationId) {
        return Mono.defer(() -> {
            CardDeleted.Reason reason = reasonOf(caller, customerId);
            if (reason == null) {
                return Mono.error(new NotFoundException(NOT_FOUND));
            }
            CardOwner owner;
            try {
                owner = new CardOwner(caller.tenantId(), customerId);
            } catch (IllegalArgumentException invalid) {
                return Mono.error(new NotFoundException(NOT_FOUND));
            }
            CardId id = new CardId(cardId);
            return transactions.inOne(cards.lockOwners(List.of(owner))
                    .thenMany(cards.of(owner))
                    .filter(card -> card.id().equals(id))
                    .next()
                    .switchIfEmpty(Mono.error(() -> new NotFoundException(NOT_FOUND)))
                    .flatMap(card -> cards.remove(List.of(id)).hasElements()
                            .flatMap(removed -> removed
                                    ? outbox.append(CardEvents.cardDeleted(card, reason, caller.subject(),
                                            clock.instant().truncatedTo(ChronoUnit.MICROS)), correlationId)
                                    : Mono.error(new NotFoundException(NOT_FOUND)))));
        });
    }

    /** Why this caller may delete this customer's cards; null when they may not. */
    private static CardDeleted.Reason reasonOf(Caller caller, String customerId) {
        if (caller.has(Role.CUSTOMER) && caller.subject().equals(customerId)) {
            return CardDeleted.Reason.CUSTOMER_REQUEST;
        }
        if (caller.has(Role.OPERATOR) || caller.has(Role.ADMIN)) {
            return CardDeleted.Reason.OPERATOR_REQUEST;
        }
        return null;
    }
}
