package com.secutix.payments.checkout.account.adapter.out.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.secutix.payments.checkout.account.application.CardDetailsChanges;
import com.secutix.payments.checkout.account.application.CardUpdateRefusedException;
import com.secutix.payments.checkout.payment.adapter.out.gateway.MachineTokens;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's {@code /card-entry} for a saved card's alias update ({@code updatesCardId}), with the BFF's machine
 * token of the buyer's tenant and the buyer's address, which the gateway counts card-entry attempts by.
 */
public class WebClientCardDetailsChanges implements CardDetailsChanges {

    private static final String BUYER_ADDRESS = "X-Buyer-Address";
    /** The order reference a card-entry form requires; an account change belongs to no order. */
    static final String ACCOUNT_REFERENCE = "account-card-change";

    private final WebClient gateway;
    private final MachineTokens tokens;

    public WebClientCardDetailsChanges(WebClient gateway, MachineTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    record FormRequest(String orderReference, String customerId, String updatesCardId, String acceptUrl, String exceptionUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormResponse(String action, Map<String, String> fields) {
    }

    record ResultRequest(Map<String, String> parameters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String brand, String maskedNumber, String expiry, String holderName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultResponse(CardView card) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String detail) {
    }

    @Override
    public Mono<CardEntryForm> form(String tenantId, String customerId, String cardId, URI accepted, URI refused,
                                    String buyerAddress) {
        FormRequest request = new FormRequest(ACCOUNT_REFERENCE, customerId, cardId, accepted.toString(), refused.toString());
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/card-entry/forms")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set(BUYER_ADDRESS, buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(FormResponse.class).map(form -> new CardEntryForm(URI.create(form.action()), form.fields()))
                        : detailOf(response).flatMap(detail -> Mono.error(new IllegalStateException(
                                "the gateway answered " + response.statusCode() + " to a card change form: " + detail)))));
    }

    @Override
    public Mono<ShownCard> result(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/card-entry/results")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set(BUYER_ADDRESS, buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(ResultResponse.class).map(result -> new ShownCard(result.card().brand(),
                                result.card().maskedNumber(), result.card().expiry(), result.card().holderName()));
                    }
                    return detailOf(response).flatMap(detail -> Mono.error(response.statusCode().is4xxClientError()
                            ? new CardUpdateRefusedException(detail)
                            : new IllegalStateException("the gateway answered " + response.statusCode() + " to a card change: " + detail)));
                }));
    }

    private static Mono<String> detailOf(ClientResponse response) {
        return response.bodyToMono(Problem.class).map(problem -> String.valueOf(problem.detail()))
                .onErrorResume(unreadable -> Mono.just("(no problem detail)"))
                .defaultIfEmpty("(no body)");
    }
}
