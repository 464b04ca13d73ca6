package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A vault that knows each tenant's cards and box-office rule, and reads them by the terminal's tenant only. */
class FakeBoxOfficeVault implements BoxOfficeVault {

    final Map<String, Map<String, List<SavedCard>>> cards = new HashMap<>();
    final Map<String, SecurityCodeRule> rules = new HashMap<>();

    FakeBoxOfficeVault with(String tenant, String customer, SavedCard... saved) {
        cards.computeIfAbsent(tenant, any -> new HashMap<>()).put(customer, List.of(saved));
        return this;
    }

    @Override
    public Flux<SavedCard> savedCards(Terminal terminal, String customerId) {
        return Flux.fromIterable(cards.getOrDefault(terminal.tenantId(), Map.of()).getOrDefault(customerId, List.of()));
    }

    @Override
    public Mono<SecurityCodeRule> boxOfficeRule(Terminal terminal) {
        return Mono.just(rules.getOrDefault(terminal.tenantId(), SecurityCodeRule.NEVER));
    }
}
