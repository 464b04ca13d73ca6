package com.secutix.payments.checkout.callcentre.adapter.out.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.secutix.payments.checkout.callcentre.application.PhonePayments;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.payment.adapter.out.gateway.WebClientGateway;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's {@code /payments} and {@code /card-entry}, called with the operator's own access token: the
 * gateway decides the channel (CALL_CENTRE) and counts attempts from who the operator is, not from anything the
 * BFF claims.
 */
public class WebClientPhonePayments implements PhonePayments {

    private final WebClient gateway;

    public WebClientPhonePayments(WebClient gateway) {
        this.gateway = gateway;
    }

    record PayBody(String cardId, String amount, String currency, String orderReference, String customerId, String channel) {
    }

    record FormRequest(String orderReference, String customerId, String cardId, String acceptUrl, String exceptionUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormResponse(String action, Map<String, String> fields) {
    }

    record ResultRequest(Map<String, String> parameters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String detail) {
    }

    @Override
    public Mono<GatewayPayment> pay(String operatorToken, String customerId, PhoneOrder order) {
        return gateway.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(operatorToken);
                    headers.set("Idempotency-Key", order.idempotencyKey().toString());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new PayBody(order.cardId().toString(), order.amount(), order.currency(), order.orderReference(),
                        customerId, "CALL_CENTRE"))
                .exchangeToMono(WebClientGateway::paymentOrRefusal);
    }

    @Override
    public Mono<CardEntryForm> securityCodeForm(String operatorToken, String customerId, String orderReference, String cardId,
                                                URI accepted, URI refused) {
        return gateway.post().uri("/card-entry/forms")
                .headers(headers -> headers.setBearerAuth(operatorToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new FormRequest(orderReference, customerId, cardId, accepted.toString(), refused.toString()))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(FormResponse.class).map(form -> new CardEntryForm(URI.create(form.action()), form.fields()))
                        : detailOf(response).flatMap(detail -> Mono.error(new IllegalStateException(
                                "the gateway answered " + response.statusCode() + " to a security-code form: " + detail))));
    }

    @Override
    public Mono<Void> securityCodeResult(String operatorToken, Map<String, String> redirectParameters) {
        return gateway.post().uri("/card-entry/results")
                .headers(headers -> headers.setBearerAuth(operatorToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful() ? response.releaseBody()
                        : detailOf(response).flatMap(detail -> Mono.error(response.statusCode().is4xxClientError()
                                ? new CardEntryRefusedException(detail)
                                : new IllegalStateException("the gateway answered " + response.statusCode() + " to a security code: " + detail))));
    }

    private static Mono<String> detailOf(ClientResponse response) {
        return response.bodyToMono(Problem.class).map(problem -> String.valueOf(problem.detail()))
                .onErrorResume(unreadable -> Mono.just("(no problem detail)"))
                .defaultIfEmpty("(no body)");
    }
}
