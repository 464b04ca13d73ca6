package com.secutix.payments.checkout.payment.adapter.out.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.secutix.payments.checkout.payment.adapter.out.gateway.MachineTokens;
import com.secutix.payments.checkout.payment.application.CardVault;
import com.secutix.payments.checkout.payment.domain.SavedCard;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The card vault's REST API: a buyer's saved cards read with the buyer's own access token (the vault shows a
 * customer their own cards only), the tenant's card policy with the BFF's machine token of that tenant.
 */
public class WebClientCardVault implements CardVault {

    private final WebClient vault;
    private final MachineTokens tokens;

    public WebClientCardVault(WebClient vault, MachineTokens tokens) {
        this.vault = vault;
        this.tokens = tokens;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String id, String brand, String maskedNumber, String expiry, String holderName, boolean expired) {

        SavedCard saved() {
            return new SavedCard(id, new ShownCard(brand, maskedNumber, expiry, holderName), expired);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PolicyView(boolean savingEnabled) {
    }

    @Override
    public Flux<SavedCard> savedCards(SignedInBuyer buyer) {
        return vault.get().uri("/customers/{customer}/cards", buyer.caller().subject())
                .headers(headers -> headers.setBearerAuth(buyer.accessToken()))
                .retrieve()
                .bodyToFlux(CardView.class)
                .map(CardView::saved);
    }

    @Override
    public Mono<Boolean> savingEnabled(String tenantId) {
        return tokens.forTenant(tenantId).flatMap(token -> vault.get().uri("/card-policy")
                .headers(headers -> headers.setBearerAuth(token))
                .retrieve()
                .bodyToMono(PolicyView.class)
                .map(PolicyView::savingEnabled));
    }
}
