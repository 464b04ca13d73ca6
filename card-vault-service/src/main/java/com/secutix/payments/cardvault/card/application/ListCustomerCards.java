package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Flux;

/**
 * Lists a customer's saved cards for the customer themselves, or for the operators, box offices, sales
 * system and admins of the caller's tenant. Customer ids are scoped by tenant, so a caller only ever
 * sees cards of their own tenant: another tenant's customer id reads as a customer without cards. A
 * customer asking for another customer's cards gets "not found", so customer ids cannot be probed.
 */
public class ListCustomerCards {

    private final Cards cards;
    private final Clock clock;

    public ListCustomerCards(Cards cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    public Flux<CustomerCard> list(Caller caller, String customerId) {
        CardOwner owner;
        try {
            owner = new CardOwner(caller.tenantId(), customerId);
        } catch (IllegalArgumentException invalid) {
            return Flux.error(new InvalidRequestException(invalid.getMessage() + "."));
        }
        if (!caller.mayActForCustomer(caller.tenantId(), customerId)) {
            return Flux.error(new NotFoundException("No customer with this id."));
        }
        LocalDate today = LocalDate.now(clock);
        return cards.of(owner)
                .map(card -> new CustomerCard(card, card.isExpiredOn(today)));
    }
}
