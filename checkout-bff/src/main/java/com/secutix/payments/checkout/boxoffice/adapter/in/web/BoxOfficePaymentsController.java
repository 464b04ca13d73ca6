package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import static com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeCardsController.PROBLEM;
import static com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeCardsController.PROBLEM_SCHEMA;

import com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeViews.PaymentView;
import com.secutix.payments.checkout.boxoffice.application.PayAtCounter;
import com.secutix.payments.checkout.boxoffice.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.boxoffice.application.UnknownPaymentException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.CounterPaymentState;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.session.CheckoutProperties;
import com.secutix.payments.platform.problem.ServiceUnavailableException;
import com.secutix.payments.platform.web.inflight.InFlightLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /box-office/payments} (with {@code Idempotency-Key}) charges a customer's saved card at the counter, by
 * its id, through the gateway as the terminal itself (its token relayed): the channel is {@code BOX_OFFICE} because
 * the caller is a box office, and the gateway's idempotency, scoped to the terminal's client and tenant, answers a
 * replay with the same payment. {@code GET /box-office/payments/{id}} reads one of the tenant's payments again.
 * Past {@code payments.checkout.box-office-max-in-flight} payments running at once, a payment is answered 503 before
 * anything is done (a sale opening's overflow refused at once, not queued until every answer comes too late).
 */
@RestController
@RequestMapping(path = "/box-office/payments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payments", description = "Paying at the counter with a customer's saved card")
class BoxOfficePaymentsController {

    static final String REPLAYED = "Idempotent-Replayed";
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final PayAtCounter payAtCounter;
    private final InFlightLimit inFlight;

    BoxOfficePaymentsController(PayAtCounter payAtCounter, CheckoutProperties properties) {
        this.payAtCounter = payAtCounter;
        this.inFlight = new InFlightLimit(properties.boxOfficeMaxInFlight());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "payAtCounter", summary = "Charge a customer's saved card at the counter",
            description = "Pays the order with the saved card (by its id) on the BOX_OFFICE channel. The same"
                    + " Idempotency-Key with the same request answers the same payment (Idempotent-Replayed: true) and"
                    + " never charges twice: after a timeout or a 503, send it again unchanged. The same key with another"
                    + " request is a 422. When the tenant's policy asks for the card's security code, the answer is a 422"
                    + " of type .../cvv-required: take the code through a security-code form, then send the payment"
                    + " again with the same key.")
    @ApiResponse(responseCode = "201", description = "Paid (CAPTURED or AUTHORISED)", headers = @Header(name = REPLAYED,
            description = "true when this answers an earlier request with the same key", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "202", description = "Being settled with the PSP (PENDING, UNKNOWN, MANUAL_REVIEW): read it"
            + " again with GET /box-office/payments/{id}", headers = @Header(name = REPLAYED,
            description = "true when this answers an earlier request with the same key", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A field missing or malformed (each named in errors), a card number or"
            + " security code sent, or the Idempotency-Key missing, malformed or given twice", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "402", description = "Declined by the bank, or failed at the PSP: nothing was charged;"
            + " type .../payment-declined, the payment in member payment", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", description = "The customer has no saved card with this id in this tenant; nothing"
            + " was charged", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed; send it"
            + " again later", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The card's security code is required (type .../cvv-required, with"
            + " securityCodeForms: where to get the form), the key was used for another request, or the tenant has no"
            + " PSP account; nothing was charged", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many payment attempts for this customer for now (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The gateway did not answer (the outcome is unknown), or the gateway"
            + " or this API was too busy to take the payment (the detail says nothing was done); either way send the same"
            + " request with the same key again (Retry-After)", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<ResponseEntity<PaymentView>> pay(
            @Parameter(in = ParameterIn.HEADER, name = IdempotencyKeys.HEADER, required = true,
                    description = "One key per payment (a UUID), sent again unchanged with every retry of it: 1 to 255"
                            + " visible ASCII characters, no comma. Keys are scoped to the terminal's client and tenant.",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255, pattern = "^[!-+\\--~]{1,255}$"),
                    example = "5f0c1f7e-1d4b-4c51-9d2e-7a0f3c7f8b11")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody CounterPaymentRequest request) {
        return Terminals.current().flatMap(terminal -> {
            CounterPayment payment = request.toPayment();
            String key = IdempotencyKeys.checked(idempotencyKey);
            return inFlight.run(() -> payAtCounter.pay(terminal, payment, key), BoxOfficePaymentsController::busy)
                    .onErrorMap(SecurityCodeRequiredException.class, required -> securityCodeRequired(required, payment));
        })
                .map(BoxOfficePaymentsController::answer)
                .onErrorMap(BoxOfficeProblems::of);
    }

    @GetMapping("/{paymentId}")
    @Operation(operationId = "getPayment", summary = "A payment of the tenant, as it stands now")
    @ApiResponse(responseCode = "200", description = "The payment")
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", description = "No payment with this id in this tenant", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The gateway did not answer; try again (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<PaymentView> payment(
            @Parameter(description = "The payment's id", schema = @Schema(format = "uuid")) @PathVariable String paymentId) {
        return Terminals.current().flatMap(terminal -> {
            UUID id;
            try {
                id = UUID.fromString(paymentId);
            } catch (IllegalArgumentException notAnId) {
                return Mono.error(new UnknownPaymentException());
            }
            return payAtCounter.payment(terminal, id);
        })
                .map(PaymentView::of)
                .onErrorMap(BoxOfficeProblems::of);
    }

    /**
     * 201 paid, 202 still being settled; a declined or failed payment is a 402 problem naming it (nothing charged), the
     * same for a replay.
     */
    private static ResponseEntity<PaymentView> answer(PaymentOutcome outcome) {
        PaymentView view = PaymentView.of(outcome);
        if (outcome.state().isRefused()) {
            throw new BoxOfficeProblem(HttpStatus.PAYMENT_REQUIRED, BoxOfficeProblem.PAYMENT_DECLINED,
                    "The payment was declined", outcome.state() == CounterPaymentState.DECLINED
                    ? "The card was declined: nothing was charged. Pay with another card, or try again under a new"
                            + " Idempotency-Key."
                    : "The PSP could not take the payment: nothing was charged. Try again under a new Idempotency-Key.")
                    .with("payment", view);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(outcome.state().isPaid() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .location(URI.create("/box-office/payments/" + outcome.id()));
        if (outcome.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.body(view);
    }

    private static ServiceUnavailableException busy() {
        return new ServiceUnavailableException("The box office is running as many payments as it can; nothing was done,"
                + " retry with the same Idempotency-Key.", BUSY_RETRY_AFTER);
    }

    private static BoxOfficeProblem securityCodeRequired(SecurityCodeRequiredException required, CounterPayment payment) {
        return new BoxOfficeProblem(HttpStatus.UNPROCESSABLE_CONTENT, BoxOfficeProblem.CVV_REQUIRED,
                "The card's security code is required",
                "The tenant's card policy asks for this card's security code at the box office; nothing was charged. Ask"
                        + " for a security-code form, let the customer type the code, then send this payment again with"
                        + " the same Idempotency-Key.")
                .with("securityCodeForms", "/box-office/customers/" + payment.customerId() + "/cards/" + payment.cardId()
                        + "/security-code-forms");
    }
}
