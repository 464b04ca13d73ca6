package com.secutix.payments.checkout.boxoffice.adapter.out.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.secutix.payments.checkout.boxoffice.application.BoxOfficeVault;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.events.Money;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The card vault's REST API called with the terminal's own bearer token: {@code GET /customers/{id}/cards} (the vault
 * lets a box office read the cards of its own tenant's customers, and knows no other tenant's) and
 * {@code GET /card-policy} (the terminal's tenant's policy).
 */
public class WebClientBoxOfficeVault implements BoxOfficeVault {

    static final String BOX_OFFICE = "BOX_OFFICE";
    private static final ParameterizedTypeReference<List<CardView>> CARDS = new ParameterizedTypeReference<>() {
    };

    private final WebClient vault;

    public WebClientBoxOfficeVault(WebClient vault) {
        this.vault = vault;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String id, String brand, String maskedNumber, String expiry, String holderName, boolean expired,
                    String channel) {

        SavedCard saved() {
            return new SavedCard(id, brand, maskedNumber, expiry, holderName, channel, expired);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PolicyView(Map<String, RuleView> cvvForSavedCards) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleView(String rule, String amount, String currency) {
    }

    @Override
    public Flux<SavedCard> savedCards(Terminal terminal, String customerId) {
        return vault.get().uri("/customers/{customer}/cards", customerId)
                .headers(headers -> headers.setBearerAuth(terminal.accessToken()))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful() ? response.bodyToMono(CARDS)
                        // a customer the vault does not show this caller has no card for it
                        : response.statusCode().value() == 404 ? response.releaseBody().thenReturn(List.<CardView>of())
                        : response.releaseBody().then(Mono.error(refusal(response, "the customer's cards"))))
                .flatMapMany(Flux::fromIterable)
                .map(CardView::saved)
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The card vault could not be reached.", unreachable));
    }

    @Override
    public Mono<SecurityCodeRule> boxOfficeRule(Terminal terminal) {
        return vault.get().uri("/card-policy")
                .headers(headers -> headers.setBearerAuth(terminal.accessToken()))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful() ? response.bodyToMono(PolicyView.class)
                        : response.releaseBody().then(Mono.error(refusal(response, "the tenant's card policy"))))
                .map(WebClientBoxOfficeVault::boxOfficeRuleOf)
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The card vault could not be reached.", unreachable));
    }

    /** The policy's {@code BOX_OFFICE} rule; a rule the BFF cannot read asks for the code, the safe side. */
    static SecurityCodeRule boxOfficeRuleOf(PolicyView policy) {
        RuleView rule = policy.cvvForSavedCards() == null ? null : policy.cvvForSavedCards().get(BOX_OFFICE);
        if (rule == null || rule.rule() == null) {
            return SecurityCodeRule.ALWAYS;
        }
        return switch (rule.rule()) {
            case "NEVER" -> SecurityCodeRule.NEVER;
            case "ABOVE_AMOUNT" -> threshold(rule);
            default -> SecurityCodeRule.ALWAYS;
        };
    }

    private static SecurityCodeRule threshold(RuleView rule) {
        try {
            return SecurityCodeRule.above(Money.ofDecimalText(rule.amount(), rule.currency()));
        } catch (RuntimeException unreadable) {
            return SecurityCodeRule.ALWAYS;
        }
    }

    private static RuntimeException refusal(ClientResponse response, String what) {
        int status = response.statusCode().value();
        if (status == 401 || status == 403) {
            return new GatewayRefusalException(502, "The card vault did not accept the terminal's token for " + what + " ("
                    + status + "); the token's audience must name card-vault-service and its role box_office.");
        }
        return new GatewayUnavailableException("The card vault answered " + status + " for " + what + ".", null);
    }
}
