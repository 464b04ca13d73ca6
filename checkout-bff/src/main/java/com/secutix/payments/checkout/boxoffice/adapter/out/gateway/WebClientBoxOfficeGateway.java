package com.secutix.payments.checkout.boxoffice.adapter.out.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.checkout.boxoffice.application.AttemptsLimitedException;
import com.secutix.payments.checkout.boxoffice.application.BoxOfficeGateway;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeEntryRefusedException;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.application.UnknownCardException;
import com.secutix.payments.checkout.boxoffice.application.UnknownPaymentException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.CounterPaymentState;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * The payment gateway's REST API ({@code /payments}, {@code /card-entry}) called with the terminal's own bearer
 * token (relayed, never exchanged): the gateway sees the box office as the caller, so the payment's channel is
 * {@code BOX_OFFICE} by the terminal's role, its {@code Idempotency-Key} is scoped to the terminal's client, and a
 * card-entry form is redeemed only by the client it was issued to. The key is sent exactly as the terminal gave it.
 */
public class WebClientBoxOfficeGateway implements BoxOfficeGateway {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String CVV_REQUIRED_TYPE = "/cvv-required";

    private final WebClient gateway;

    public WebClientBoxOfficeGateway(WebClient gateway) {
        this.gateway = gateway;
    }

    /** {@code POST /payments} by saved card: no channel (the gateway takes the terminal's), no 3-D Secure. */
    record PayBody(String cardId, String amount, String currency, String orderReference, String customerId) {
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

        PaymentOutcome.ShownCard shown() {
            return new PaymentOutcome.ShownCard(brand, maskedNumber, expiry, holderName);
        }
    }

    /** A card entry's result; an alias, which a new card's entry would carry, is never read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultResponse(String cardId, String customerId, CardView card, Instant cvvEnteredUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentResponse(UUID id, String state, String amount, String currency, String orderReference, String customerId,
                           CardView card) {

        PaymentOutcome outcome(boolean replayed) {
            return new PaymentOutcome(id, CounterPaymentState.valueOf(state), amount, currency, orderReference, customerId,
                    card == null ? null : card.shown(), replayed);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type, String detail) {

        static final Problem NONE = new Problem("", "");

        String detailOr(String otherwise) {
            return detail == null || detail.isBlank() ? otherwise : detail;
        }
    }

    @Override
    public Mono<PaymentOutcome> pay(Terminal terminal, CounterPayment payment, String idempotencyKey) {
        PayBody body = new PayBody(payment.cardId(), payment.amount().decimalText(), payment.amount().currency(),
                payment.orderReference(), payment.customerId());
        return gateway.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(terminal.accessToken());
                    headers.set(IDEMPOTENCY_KEY, idempotencyKey);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(body)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(PaymentResponse.class)
                                .map(answer -> answer.outcome("true".equals(response.headers().asHttpHeaders().getFirst(REPLAYED))))
                        : problem(response).flatMap(problem -> Mono.error(paymentRefusal(response, problem))))
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The payment gateway could not be reached; the payment's outcome is unknown.", unreachable));
    }

    @Override
    public Mono<PaymentOutcome> payment(Terminal terminal, UUID paymentId) {
        return gateway.get().uri("/payments/{id}", paymentId)
                .headers(headers -> headers.setBearerAuth(terminal.accessToken()))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(PaymentResponse.class).map(answer -> answer.outcome(false))
                        : problem(response).flatMap(problem -> Mono.error(response.statusCode().value() == 404
                                ? new UnknownPaymentException() : otherRefusal(response, problem, "a payment"))))
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The payment gateway could not be reached.", unreachable));
    }

    @Override
    public Mono<SecurityCodeForm> securityCodeForm(Terminal terminal, String customerId, String cardId, String orderReference,
                                                   URI acceptUrl, URI exceptionUrl) {
        FormRequest request = new FormRequest(orderReference, customerId, cardId, acceptUrl.toString(), exceptionUrl.toString());
        return gateway.post().uri("/card-entry/forms")
                .headers(headers -> headers.setBearerAuth(terminal.accessToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(request)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(FormResponse.class)
                                .map(form -> new SecurityCodeForm(URI.create(form.action()), form.fields()))
                        : problem(response).flatMap(problem -> Mono.error(switch (response.statusCode().value()) {
                            case 404 -> new UnknownCardException();
                            default -> otherRefusal(response, problem, "a security-code form");
                        })))
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The payment gateway could not be reached.", unreachable));
    }

    @Override
    public Mono<EnteredSecurityCode> securityCodeEntered(Terminal terminal, Map<String, String> redirectParameters) {
        return gateway.post().uri("/card-entry/results")
                .headers(headers -> headers.setBearerAuth(terminal.accessToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(ResultResponse.class).flatMap(WebClientBoxOfficeGateway::entered)
                        : problem(response).flatMap(problem -> Mono.error(switch (response.statusCode().value()) {
                            case 400 -> new SecurityCodeEntryRefusedException(400,
                                    "The redirect is not the PSP's genuine answer to a security-code form: "
                                            + problem.detailOr("it was refused") + ".", List.of());
                            case 404, 409, 422 -> new SecurityCodeEntryRefusedException(response.statusCode().value(),
                                    problem.detailOr("The security code was not taken."), List.of());
                            default -> otherRefusal(response, problem, "a security-code entry");
                        })))
                .onErrorMap(WebClientRequestException.class, unreachable -> new GatewayUnavailableException(
                        "The payment gateway could not be reached.", unreachable));
    }

    private static Mono<EnteredSecurityCode> entered(ResultResponse result) {
        if (result.cardId() == null) {
            return Mono.error(new SecurityCodeEntryRefusedException(422,
                    "This card entry was not the security code of a saved card.", List.of()));
        }
        return Mono.just(new EnteredSecurityCode(result.cardId(), result.customerId(),
                result.card() == null ? null : result.card().shown(), result.cvvEnteredUntil()));
    }

    private static RuntimeException paymentRefusal(ClientResponse response, Problem problem) {
        int status = response.statusCode().value();
        if (status == 404) {
            return new UnknownCardException();
        }
        if (status == 422 && problem.type() != null && problem.type().endsWith(CVV_REQUIRED_TYPE)) {
            return new SecurityCodeRequiredException(problem.detailOr("The card's security code is required."));
        }
        return otherRefusal(response, problem, "a payment");
    }

    private static RuntimeException otherRefusal(ClientResponse response, Problem problem, String what) {
        int status = response.statusCode().value();
        return switch (status) {
            case 429 -> new AttemptsLimitedException(problem.detailOr("Too many attempts; try again later."),
                    retryAfter(response.headers().asHttpHeaders()));
            case 400, 409, 422 -> new GatewayRefusalException(status, problem.detailOr("The gateway refused " + what + "."));
            // the gateway's in-flight bound: its detail says that nothing was done, which the terminal must know
            case 503 -> new GatewayUnavailableException("The payment gateway was too busy to take " + what + ": "
                    + problem.detailOr("it answered 503."), null);
            case 401, 403 -> new GatewayRefusalException(502, "The payment gateway did not accept the terminal's token for "
                    + what + " (" + status + "); the token's audience must name payment-gateway-service and its role"
                    + " box_office.");
            default -> new GatewayUnavailableException("The payment gateway answered " + status + " to " + what + ".", null);
        };
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        try {
            return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static Mono<Problem> problem(ClientResponse response) {
        return response.bodyToMono(Problem.class).onErrorReturn(Problem.NONE).defaultIfEmpty(Problem.NONE);
    }
}
