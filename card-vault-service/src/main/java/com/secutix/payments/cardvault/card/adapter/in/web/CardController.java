package com.secutix.payments.cardvault.card.adapter.in.web;

import com.secutix.payments.cardvault.card.application.DeleteCard;
import com.secutix.payments.cardvault.card.application.ListCustomerCards;
import com.secutix.payments.platform.security.Callers;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
class CardController {

    private final ListCustomerCards listCustomerCards;
    private final DeleteCard deleteCard;

    CardController(ListCustomerCards listCustomerCards, DeleteCard deleteCard) {
        this.listCustomerCards = listCustomerCards;
        this.deleteCard = deleteCard;
    }

    @GetMapping("/customers/{customerId}/cards")
    Mono<List<CardView>> customerCards(@PathVariable String customerId) {
        return Callers.current()
                .flatMapMany(caller -> listCustomerCards.list(caller, customerId))
                .map(CardView::of)
                .collectList();
    }

    /**
     * Deletes a saved card: 204, the card removed and {@code CardDeleted} published (outbox); 404 problem+json
     * for anyone but the customer themselves or an operator/admin of the tenant, and for a card of another
     * customer or tenant or an unknown one.
     */
    @DeleteMapping("/customers/{customerId}/cards/{cardId}")
    Mono<ResponseEntity<Void>> deleteCard(@PathVariable String customerId, @PathVariable UUID cardId) {
        return Callers.current()
                .flatMap(caller -> deleteCard.delete(caller, customerId, cardId, "card-delete-" + cardId))
                .then(Mono.fromSupplier(() -> ResponseEntity.noContent().<Void>build()));
    }
}
