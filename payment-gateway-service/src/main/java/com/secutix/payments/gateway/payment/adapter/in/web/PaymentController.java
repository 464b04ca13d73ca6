package com.secutix.payments.gateway.payment.adapter.in.web;

import com.secutix.payments.gateway.attempts.BuyerAddress;
import com.secutix.payments.gateway.payment.application.CheckOnBuyerReturn;
import com.secutix.payments.gateway.payment.application.CvvRequiredException;
import com.secutix.payments.gateway.payment.application.DeletedCardException;
import com.secutix.payments.gateway.payment.application.GetPayment;
import com.secutix.payments.gateway.payment.application.NoPspAccountException;
import com.secutix.payments.gateway.payment.application.PayWithAlias;
import com.secutix.payments.gateway.payment.application.PaymentAttempt;
import com.secutix.payments.gateway.payment.application.UnknownCardException;
import com.secutix.payments.gateway.payment.application.UnknownSavedCardException;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.UnknownPaymentException;
import com.secutix.payments.platform.problem.FieldProblem;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.problem.ProblemResponses;
import com.secutix.payments.platform.problem.UnprocessableRequestException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.idempotency.IdempotentAction;
import com.secutix.payments.platform.web.idempotency.IdempotentRequest;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;
import com.secutix.payments.platform.web.idempotency.OneStatementFinish;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /payments} (with {@code Idempotency-Key}), {@code GET /payments/{id}} and
 * {@code POST /payments/{id}/buyer-return}. The tenant always comes from the token and the channel from the
 * caller's role ({@link PayingCallers}); the alias, or the saved card's id, must be the paying customer's card.
 * A customer reads only their own payments and pays through a checkout session, never here. The checkout forwards
 * the buyer's address ({@link BuyerAddress}), which the card-testing limits count; nobody else's is believed.
 */
@RestController
@RequestMapping("/payments")
class PaymentController {

    static final String OPERATION = "pay-with-alias";
    /** The problem type of a saved-card payment refused for want of the card's security code. */
    static final String CVV_REQUIRED_TYPE_TEXT = "https://payments.secutix.com/problems/cvv-required";
    static final URI CVV_REQUIRED = URI.create(CVV_REQUIRED_TYPE_TEXT);
    static final String CARD_DELETED_TYPE_TEXT = "https://payments.secutix.com/problems/card-deleted";
    static final URI CARD_DELETED = URI.create(CARD_DELETED_TYPE_TEXT);
    /** Callers that read the payments of their whole tenant: staff, the sales system and the checkout. */
    private static final Set<Role> STAFF = EnumSet.of(Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM,
            Role.CHECKOUT);

    private final PayWithAlias payWithAlias;
    private final GetPayment getPayment;
    private final CheckOnBuyerReturn checkOnBuyerReturn;
    private final IdempotentRequests idempotentRequests;

    PaymentController(PayWithAlias payWithAlias, GetPayment getPayment, CheckOnBuyerReturn checkOnBuyerReturn,
            IdempotentRequests idempotentRequests) {
        this.payWithAlias = payWithAlias;
        this.getPayment = getPayment;
        this.checkOnBuyerReturn = checkOnBuyerReturn;
        this.idempotentRequests = idempotentRequests;
    }

    /**
     * Who may pay and on which channel first (403), then the checkout's buyer address and the request validated
     * (400, nothing counted), then the Idempotency-Key: a replay answers the stored payment and is never counted or
     * refused by the card-testing limits, which {@link PayWithAlias} applies only when it will really try the
     * payment. Two commits: the key's claim with the PENDING payment (and the attempt's count, and the CVV proof
     * a saved card's payment uses up), in a transaction; the key's answer with the outcome and its event, in one
     * statement; the PSP is asked between them, outside any transaction.
     */
    @PostMapping
    Mono<ResponseEntity<PaymentResponse>> pay(
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody PayRequest request, ServerHttpRequest http) {
        return Callers.current().flatMap(caller -> {
            Channel channel = PayingCallers.channelOf(caller, request.channel());
            Optional<String> buyerAddress = BuyerAddress.of(caller, http.getHeaders());
            PayRequest.AskedPayment asked = validated(request, caller, channel);
            PaymentAttempt attempt = new PaymentAttempt(asked.details(), asked.savedCardId(), asked.threeDSecure(),
                    buyerAddress);
            IdempotentRequest idempotent = new IdempotentRequest(idempotencyKey, caller, OPERATION, asked);
            return idempotentRequests.execute(idempotent, PaymentResponse.class, IdempotentAction.finishedInOneStatement(
                            () -> payWithAlias.start(attempt), payWithAlias::order,
                            ordered -> payWithAlias.recording(ordered).map(recorded -> new OneStatementFinish<>(
                                    created(recorded.payment()), recorded.write(),
                                    () -> payWithAlias.recordedByAnother(recorded.payment()).map(PaymentController::created)))))
                    .onErrorMap(InvalidPaymentException.class, PaymentController::invalidRequest)
                    .onErrorMap(UnknownCardException.class,
                            e -> new NotFoundException("The customer has no card with this alias."))
                    .onErrorMap(UnknownSavedCardException.class,
                            e -> new NotFoundException("The customer has no saved card with this id."))
                    .onErrorMap(NoPspAccountException.class,
                            e -> new UnprocessableRequestException("This tenant has no PSP account configured."));
        });
    }

    /**
     * 422 problem+json of its own type ({@value #CVV_REQUIRED_TYPE_TEXT}), so a page knows to show the security-code
     * form of the saved card and ask again: nothing was stored nor sent to the PSP, the Idempotency-Key is free.
     */
    @ExceptionHandler(CvvRequiredException.class)
    ResponseEntity<ProblemDetail> cvvRequired(CvvRequiredException refusal, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage());
        problem.setType(CVV_REQUIRED);
        problem.setTitle("The card's security code is required");
        ErrorResponse answer = ErrorResponse.builder(refusal, problem).build();
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(answer, exchange.getRequest().getPath().value()));
    }

    /**
     * 422 problem+json of its own type ({@value #CARD_DELETED_TYPE_TEXT}): the card id or alias names a saved card
     * that was deleted. Nothing was stored nor sent to the PSP; the Idempotency-Key is free. A page offers to enter
     * a card instead.
     */
    @ExceptionHandler(DeletedCardException.class)
    ResponseEntity<ProblemDetail> cardDeleted(DeletedCardException refusal, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNPROCESSABLE_CONTENT, refusal.getMessage());
        problem.setType(CARD_DELETED);
        problem.setTitle("The card was deleted");
        ErrorResponse answer = ErrorResponse.builder(refusal, problem).build();
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(answer, exchange.getRequest().getPath().value()));
    }

    @GetMapping("/{id}")
    Mono<PaymentResponse> get(@PathVariable String id) {
        return Callers.current().flatMap(caller -> {
            if (!PayingCallers.mayRead(caller)) {
                throw new ForbiddenException("payments are read by customers, operators, box offices and sales systems");
            }
            return getPayment.get(caller.tenantId(), PaymentId.parse(id), customerScope(caller));
        })
                .map(PaymentResponse::of)
                .onErrorMap(UnknownPaymentException.class, e -> new NotFoundException("No payment " + safe(id) + "."));
    }

    /**
     * The buyer is back from 3-D Secure: the PSP is asked at once where the payment stands
     * ({@link CheckOnBuyerReturn}), and the payment answered as {@code GET /payments/{id}} shows it. The body,
     * {@code {"parameters": {...}}}, is the PSP's redirect as the browser brought it; it may be left out, and it
     * decides nothing (a browser can bring anything): it is neither kept nor logged. Who may call it: a caller
     * that may pay on the payment's channel, for a payment it may read; customers are refused before any look-up.
     */
    @PostMapping("/{id}/buyer-return")
    Mono<PaymentResponse> buyerReturned(@PathVariable String id,
            @RequestBody(required = false) BuyerReturnBody ignoredRedirect) {
        return Callers.current().flatMap(caller -> {
            PayingCallers.requirePayer(caller);
            return getPayment.get(caller.tenantId(), PaymentId.parse(id), customerScope(caller))
                    .flatMap(payment -> {
                        PayingCallers.requirePayerOn(caller, payment.details().channel());
                        return checkOnBuyerReturn.check(payment);
                    });
        })
                .map(PaymentResponse::of)
                .onErrorMap(UnknownPaymentException.class, e -> new NotFoundException("No payment " + safe(id) + "."));
    }

    /** The PSP's redirect parameters after 3-D Secure, as the browser brought them: never trusted. */
    record BuyerReturnBody(Map<String, String> parameters) {
    }

    private static PayRequest.AskedPayment validated(PayRequest request, Caller caller, Channel channel) {
        try {
            return request.toPayment(caller.tenantId(), channel);
        } catch (InvalidPaymentException e) {
            throw invalidRequest(e);
        }
    }

    /** Each violation ({@code "amount: must be greater than zero"}) as a field of the problem. */
    private static InvalidRequestException invalidRequest(InvalidPaymentException invalid) {
        return InvalidRequestException.ofFields(invalid.violations().stream()
                .map(violation -> violation.split(": ", 2))
                .map(parts -> parts.length == 2 ? new FieldProblem(parts[0], parts[1])
                        : new FieldProblem("request", parts[0]))
                .toList());
    }

    private static ResponseEntity<PaymentResponse> created(Payment payment) {
        HttpStatus status = payment.isSettled() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status)
                .location(URI.create("/payments/" + payment.id()))
                .body(PaymentResponse.of(payment));
    }

    /** A customer acting for themselves sees only their payments; staff see the tenant's. */
    private static Optional<String> customerScope(Caller caller) {
        boolean staff = caller.roles().stream().anyMatch(STAFF::contains);
        return staff ? Optional.empty() : Optional.of(caller.subject());
    }

    private static String safe(String id) {
        return id.matches("[0-9a-fA-F-]{1,36}") ? id : "with this id";
    }
}
