package com.secutix.payments.checkout.payment.adapter.out.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.application.Gateway;
import com.secutix.payments.checkout.payment.application.GatewayBusyException;
import com.secutix.payments.checkout.payment.application.PaymentInProgressException;
import com.secutix.payments.checkout.payment.application.PaymentLimitedException;
import com.secutix.payments.checkout.payment.application.PaymentOrder;
import com.secutix.payments.checkout.payment.application.PaymentRefusedException;
import com.secutix.payments.checkout.payment.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.GatewayPaymentState;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The payment gateway's REST API ({@code /card-entry}, {@code /payments}), with the tenant's machine token and
 * the buyer's address ({@code X-Buyer-Address}) on every call that counts as a card-testing attempt.
 */
public class WebClientGateway implements Gateway {

    /** The buyer's address, which the gateway counts card-testing attempts by for this client. */
    static final String BUYER_ADDRESS = "X-Buyer-Address";

    private final WebClient gateway;
    private final MachineTokens tokens;

    public WebClientGateway(WebClient gateway, MachineTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormRequest(String orderReference, String customerId, String cardId, String acceptUrl, String exceptionUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormResponse(String action, Map<String, String> fields) {
    }

    record ResultRequest(Map<String, String> parameters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String brand, String maskedNumber, String expiry, String holderName) {

        ShownCard shown() {
            return new ShownCard(brand, maskedNumber, expiry, holderName);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultResponse(String alias, CardView card) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PayBody(String alias, String cardId, String amount, String currency, String orderReference, String customerId,
                   String channel, Boolean saveCard, ThreeDSecure threeDSecure) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ThreeDSecure(String acceptUrl, String declineUrl, String exceptionUrl, Browser browser) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Browser(String acceptHeader, String userAgent, String language, Integer colorDepth, Boolean javaEnabled,
                   Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentResponse(UUID id, String state, CardView card, String pspOrderId, BuyerAction buyerAction) {

        GatewayPayment payment() {
            String html = buyerAction == null || buyerAction.htmlAnswer() == null ? null
                    : new String(Base64.getMimeDecoder().decode(buyerAction.htmlAnswer()), StandardCharsets.UTF_8);
            return new GatewayPayment(id, GatewayPaymentState.valueOf(state), card == null ? null : card.shown(), pspOrderId, html);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BuyerAction(String htmlAnswer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type, String detail) {
    }

    @Override
    public Mono<CardEntryForm> cardEntryForm(String tenantId, String customerId, String orderReference, URI acceptUrl,
                                             URI exceptionUrl, String buyerAddress) {
        return form(tenantId, new FormRequest(orderReference, customerId, null, acceptUrl.toString(), exceptionUrl.toString()),
                buyerAddress);
    }

    @Override
    public Mono<CardEntryForm> securityCodeForm(String tenantId, String customerId, String orderReference, String savedCardId,
                                                URI acceptUrl, URI exceptionUrl, String buyerAddress) {
        return form(tenantId, new FormRequest(orderReference, customerId, savedCardId, acceptUrl.toString(),
                exceptionUrl.toString()), buyerAddress);
    }

    @Override
    public Mono<Void> securityCodeResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return result(tenantId, redirectParameters, buyerAddress).then();
    }

    private Mono<CardEntryForm> form(String tenantId, FormRequest request, String buyerAddress) {
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/card-entry/forms")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set(BUYER_ADDRESS, buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(FormResponse.class).map(form -> new CardEntryForm(URI.create(form.action()), form.fields()))
                        : refusal(response).flatMap(detail -> Mono.error(response.statusCode().value() == 429
                                ? new PaymentLimitedException(detail)
                                : new IllegalStateException("the gateway answered " + response.statusCode()
                                        + " to a card-entry form: " + detail)))));
    }

    @Override
    public Mono<EnteredCard> cardEntryResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return result(tenantId, redirectParameters, buyerAddress)
                .map(result -> new EnteredCard(result.alias(), result.card().shown()));
    }

    private Mono<ResultResponse> result(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/card-entry/results")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set(BUYER_ADDRESS, buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(ResultResponse.class)
                        : refusal(response).flatMap(detail -> Mono.error(cardEntryRefusal(response.statusCode(), detail)))));
    }

    private static RuntimeException cardEntryRefusal(HttpStatusCode status, String detail) {
        if (status.value() == HttpStatus.UNPROCESSABLE_CONTENT.value() || status.value() == HttpStatus.BAD_REQUEST.value()
                || status.value() == HttpStatus.NOT_FOUND.value() || status.value() == HttpStatus.CONFLICT.value()) {
            return new CardEntryRefusedException(detail);
        }
        return new IllegalStateException("the gateway answered " + status + " to a card-entry result: " + detail);
    }

    @Override
    public Mono<GatewayPayment> pay(String tenantId, PaymentOrder order, String idempotencyKey) {
        BuyerBrowser browser = order.browser();
        String back = order.authenticationReturnUrl().toString();
        PayBody body = new PayBody(order.alias(), order.cardId(), order.total().decimalText(), order.total().currency(),
                order.orderId(), order.customerId(), order.channel().name(), order.saveCard(), new ThreeDSecure(back, back, back,
                new Browser(browser.acceptHeader(), browser.userAgent(), browser.language(), browser.colorDepth(), false,
                        browser.screenHeight(), browser.screenWidth(), browser.timeZoneOffsetMinutes())));
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", idempotencyKey);
                    headers.set(BUYER_ADDRESS, browser.address());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(WebClientGateway::paymentOrRefusal));
    }

    @Override
    public Mono<GatewayPayment> payment(String tenantId, UUID paymentId) {
        return tokens.forTenant(tenantId).flatMap(token -> gateway.get().uri("/payments/{id}", paymentId)
                .headers(headers -> headers.setBearerAuth(token))
                .retrieve()
                .bodyToMono(PaymentResponse.class)
                .map(PaymentResponse::payment));
    }

    @Override
    public Mono<GatewayPayment> buyerReturned(String tenantId, UUID paymentId, Map<String, String> redirectParameters) {
        return tokens.forTenant(tenantId).flatMap(token -> gateway.post().uri("/payments/{id}/buyer-return", paymentId)
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .retrieve()
                .bodyToMono(PaymentResponse.class)
                .map(PaymentResponse::payment));
    }

    /**
     * The payment the gateway answered, or the refusal its problem names: {@link PaymentRefusedException},
     * {@link SecurityCodeRequiredException}, {@link PaymentLimitedException}, {@link PaymentInProgressException},
     * {@link GatewayBusyException}.
     */
    public static Mono<GatewayPayment> paymentOrRefusal(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(PaymentResponse.class).map(PaymentResponse::payment);
        }
        return problem(response).flatMap(problem -> {
            String detail = problem.detail() == null ? "" : problem.detail();
            String problemType = problem.type() == null ? "" : problem.type();
            return Mono.error(switch (status) {
            case 400, 404 -> new PaymentRefusedException(detail);
            case 422 -> problemType.endsWith("/cvv-required") ? new SecurityCodeRequiredException(detail)
                    : new PaymentRefusedException(detail);
            case 429 -> new PaymentLimitedException(detail);
            case 409 -> new PaymentInProgressException(detail);
            // the gateway's own 503 (problem+json) is its in-flight bound's, answered before anything was done; any
            // other (a proxy's, say) may come after the gateway took the payment: the outcome is not known
            case 503 -> fromTheGateway(response) ? new GatewayBusyException(detail) : new PaymentInProgressException(detail);
            default -> new IllegalStateException("the gateway answered " + status + " to a payment: " + detail);
            });
        });
    }

    private static boolean fromTheGateway(ClientResponse response) {
        return response.headers().contentType().filter(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith).isPresent();
    }

        private static Mono<Problem> problem(ClientResponse response) {
        return response.bodyToMono(Problem.class).onErrorReturn(new Problem(null, null)).defaultIfEmpty(new Problem(null, null));
    }

    private static Mono<String> refusal(ClientResponse response) {
        return response.bodyToMono(Problem.class)
                .map(problem -> problem.detail() == null ? "" : problem.detail())
                .onErrorReturn("")
                .defaultIfEmpty("");
    }
}
