package com.secutix.payments.checkout.account.adapter.out.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.secutix.payments.checkout.account.application.AccountCardVault;
import com.secutix.payments.checkout.account.application.UnknownAccountCardException;
import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The card vault's {@code /customers/{id}/cards}, called with the signed-in person's own access token. */
public class WebClientAccountCardVault implements AccountCardVault {

    private final WebClient vault;

    public WebClientAccountCardVault(WebClient vault) {
        this.vault = vault;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String id, String brand, String maskedNumber, String expiry, String holderName, boolean expired,
                    String channel) {

        AccountCard card() {
            return new AccountCard(id, new ShownCard(brand, maskedNumber, expiry, holderName), channel, expired);
        }
    }

    @Override
    public Flux<AccountCard> cardsOf(String accessToken, String customerId) {
        return vault.get().uri("/customers/{customer}/cards", customerId)
                .headers(headers -> headers.setBearerAuth(accessToken))
                .retrieve()
                .bodyToFlux(CardView.class)
                .map(CardView::card);
    }

    @Override
    public Mono<Void> delete(SignedInBuyer buyer, String cardId) {
        return vault.delete().uri("/customers/{customer}/cards/{card}", buyer.caller().subject(), cardId)
                .headers(headers -> headers.setBearerAuth(buyer.accessToken()))
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody();
                    }
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().then(Mono.error(
                                new UnknownAccountCardException("No saved card of yours has this id.")));
                    }
                    return response.createError().then();
                });
    }
}
