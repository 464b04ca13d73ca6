package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.checkout.boxoffice.domain.UsableCard;
import com.secutix.payments.events.Money;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The saved cards of a customer the box office can charge now (expired ones left out), each saying whether the
 * tenant's policy asks for its security code at the box office, for the amount when the terminal names it.
 */
public class ListUsableCards {

    /** The cards, and the box-office rule they were judged by. */
    public record UsableCards(List<UsableCard> cards, SecurityCodeRule rule) {
    }

    private final BoxOfficeVault vault;

    public ListUsableCards(BoxOfficeVault vault) {
        this.vault = vault;
    }

    public Mono<UsableCards> list(Terminal terminal, String customerId, Optional<Money> amount) {
        return vault.boxOfficeRule(terminal).flatMap(rule -> vault.savedCards(terminal, customerId)
                .filter(card -> !card.expired())
                .map(card -> new UsableCard(card, rule.requiredFor(amount)))
                .collectList()
                .map(cards -> new UsableCards(cards, rule)));
    }
}
