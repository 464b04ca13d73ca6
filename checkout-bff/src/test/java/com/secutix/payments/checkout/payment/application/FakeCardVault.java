package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.SavedCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The card vault in memory: no saved cards, the tenant's saving allowed or not, and how often it was asked. */
class FakeCardVault implements CardVault {

    private final boolean savingEnabled;
    private Mono<Boolean> gate = Mono.just(true);
    private int savingAsked;
    private int savedCardsAsked;

    FakeCardVault(boolean savingEnabled) {
        this.savingEnabled = savingEnabled;
    }

    /** The card policy answers only once {@code gate} emits: to hold a request at that point. */
    synchronized FakeCardVault answeringAfter(Mono<Boolean> gate) {
        this.gate = gate;
        return this;
    }

    synchronized int savingAsked() {
        return savingAsked;
    }

    synchronized int savedCardsAsked() {
        return savedCardsAsked;
    }

    @Override
    public Flux<SavedCard> savedCards(SignedInBuyer buyer) {
        return Flux.defer(() -> {
            synchronized (this) {
                savedCardsAsked++;
            }
            return Flux.empty();
        });
    }

    @Override
    public Mono<Boolean> savingEnabled(String tenantId) {
        return Mono.defer(() -> {
            Mono<Boolean> answerAfter;
            synchronized (this) {
                savingAsked++;
                answerAfter = gate;
            }
            return answerAfter.thenReturn(savingEnabled);
        });
    }
}
