package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.boxoffice.application.BoxOfficeVault;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The vault port played by hand for the BFF's own API: each tenant's customers' cards and box-office rule, read by
 * the asking terminal's tenant only (as the real vault decides it from the terminal's token), and every call
 * recorded. What the real adapter sends over HTTP is WebClientBoxOfficeVaultTest's.
 */
class RecordingBoxOfficeVault implements BoxOfficeVault {

    record CardsAsked(Terminal terminal, String customerId) {
    }

    final List<CardsAsked> cardRequests = new CopyOnWriteArrayList<>();
    final List<Terminal> ruleRequests = new CopyOnWriteArrayList<>();

    private final Map<String, Map<String, List<SavedCard>>> cards = new ConcurrentHashMap<>();
    private final Map<String, SecurityCodeRule> rules = new ConcurrentHashMap<>();
    private volatile RuntimeException failure;

    void reset() {
        cardRequests.clear();
        ruleRequests.clear();
        cards.clear();
        rules.clear();
        failure = null;
    }

    RecordingBoxOfficeVault knows(String tenant, String customer, SavedCard... saved) {
        cards.computeIfAbsent(tenant, any -> new ConcurrentHashMap<>()).put(customer, List.of(saved));
        return this;
    }

    RecordingBoxOfficeVault rule(String tenant, SecurityCodeRule rule) {
        rules.put(tenant, rule);
        return this;
    }

    /** Every call fails with {@code failure}, as the adapter raises it (e.g. the vault could not be reached). */
    RecordingBoxOfficeVault failsWith(RuntimeException failure) {
        this.failure = failure;
        return this;
    }

    boolean untouched() {
        return cardRequests.isEmpty() && ruleRequests.isEmpty();
    }

    @Override
    public Flux<SavedCard> savedCards(Terminal terminal, String customerId) {
        return Flux.defer(() -> {
            cardRequests.add(new CardsAsked(terminal, customerId));
            if (failure != null) {
                return Flux.error(failure);
            }
            return Flux.fromIterable(cards.getOrDefault(terminal.tenantId(), Map.of()).getOrDefault(customerId, List.of()));
        });
    }

    @Override
    public Mono<SecurityCodeRule> boxOfficeRule(Terminal terminal) {
        return Mono.defer(() -> {
            ruleRequests.add(terminal);
            if (failure != null) {
                return Mono.error(failure);
            }
            // none scripted: the safe side
            return Mono.just(rules.getOrDefault(terminal.tenantId(), SecurityCodeRule.ALWAYS));
        });
    }
}
