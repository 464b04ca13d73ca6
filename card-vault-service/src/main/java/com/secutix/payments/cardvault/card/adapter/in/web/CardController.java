package com.secutix.payments.cardvault.card.adapter.in.web;

import com.secutix.payments.cardvault.card.application.ListCustomerCards;
import com.secutix.payments.platform.security.Callers;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
class CardController {

    private final ListCustomerCards listCustomerCards;

    CardController(ListCustomerCards listCustomerCards) {
        this.listCustomerCards = listCustomerCards;
    }

    @GetMapping("/customers/{customerId}/cards")
    Mono<List<CardView>> customerCards(@PathVariable String customerId) {
        return Callers.current()
                .flatMapMany(caller -> listCustomerCards.list(caller, customerId))
                .map(CardView::of)
                .collectList();
    }
}
