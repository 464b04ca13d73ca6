package com.secutix.payments.gateway.payment.adapter.in.web;

import com.secutix.payments.gateway.payment.application.GetPayment;
import com.secutix.payments.gateway.payment.application.NoPspAccountException;
import com.secutix.payments.gateway.payment.application.PayWithAlias;
import com.secutix.payments.gateway.payment.application.PaymentAttempt;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.UnknownPaymentException;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.Problem;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.problem.UnprocessableRequestException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.attempts.ClientAddress;
import com.secutix.payments.platform.web.idempotency.IdempotentRequest;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /payments} (with {@code Idempotency-Key}) and {@code GET /payments/{id}}. The tenant
 * always comes from the token; a customer pays and reads only for themselves.
 */
@RestController
@RequestMapping("/payments")
class PaymentController {

    static final String OPERATION = "pay-with-alias";
    private static final Set<Role> STAFF = EnumSet.of(Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM);

    private final PayWithAlias payWithAlias;
    private final GetPayment getPayment;
    private final IdempotentRequests idempotentRequests;
    private final Clock clock;

    PaymentController(PayWithAlias payWithAlias, GetPayment getPayment, IdempotentRequests idempotentRequests,
            Clock clock) {
        this.payWithAlias = payWithAlias;
        this.getPayment = getPayment;
        this.idempotentRequests = idempotentRequests;
        this.clock = clock;
    }

    /**
     * Validated first (400, nothing counted), then the Idempotency-Key: a replay answers the stored payment
     * and is never counted or refused by the card-testing limits, which {@link PayWithAlias} applies only
     * when it will really try the payment.
     */
    @PostMapping
    Mono<ResponseEntity<PaymentResponse>> pay(
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody PayRequest request, ServerHttpRequest http) {
        return Callers.current().flatMap(caller -> {
            requireRole(caller);
            PaymentDetails details = validated(request, caller);
            PaymentAttempt attempt = new PaymentAttempt(details, customerAddress(caller, http));
            IdempotentRequest idempotent = new IdempotentRequest(idempotencyKey, caller, OPERATION, details);
            return idempotentRequests.execute(idempotent, PaymentResponse.class, () -> payWithAlias.pay(attempt)
                    .map(PaymentController::created)
                    .onErrorMap(InvalidPaymentException.class, PaymentController::invalidRequest)
                    .onErrorMap(NoPspAccountException.class,
                            e -> new UnprocessableRequestException("This tenant has no PSP account configured.")));
        });
    }

    @GetMapping("/{id}")
    Mono<PaymentResponse> get(@PathVariable String id) {
        return Callers.current().flatMap(caller -> {
            requireRole(caller);
            return getPayment.get(caller.tenantId(), PaymentId.parse(id), customerScope(caller));
        })
                .map(PaymentResponse::of)
                .onErrorMap(UnknownPaymentException.class, e -> new NotFoundException("No payment " + safe(id) + "."));
    }

    private PaymentDetails validated(PayRequest request, Caller caller) {
        PaymentDetails details;
        try {
            details = request.toDetails(caller.tenantId(), monthEverywhere());
        } catch (InvalidPaymentException e) {
            throw invalidRequest(e);
        }
        if (customerScope(caller).filter(self -> !self.equals(details.customerId())).isPresent()) {
            throw invalidRequest(new InvalidPaymentException("customerId: a customer can only pay for themselves"));
        }
        return details;
    }

    /**
     * The current month in the time zone furthest behind, so a card is still accepted on the last day of
     * its expiry month wherever its holder is; the PSP has the last word.
     */
    private YearMonth monthEverywhere() {
        return YearMonth.now(clock.withZone(ZoneOffset.ofHours(-12)));
    }

    /** Each violation ({@code "amount: must be greater than zero"}) as a field of the problem. */
    private static InvalidRequestException invalidRequest(InvalidPaymentException invalid) {
        return InvalidRequestException.ofFields(invalid.violations().stream()
                .map(violation -> violation.split(": ", 2))
                .map(parts -> parts.length == 2 ? new Problem.FieldProblem(parts[0], parts[1])
                        : new Problem.FieldProblem("request", parts[0]))
                .toList());
    }

    private static ResponseEntity<PaymentResponse> created(Payment payment) {
        HttpStatus status = payment.isSettled() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status)
                .location(URI.create("/payments/" + payment.id()))
                .body(PaymentResponse.of(payment));
    }

    /** Where a customer paying for themselves calls from; staff payments are not counted per address. */
    private static Optional<String> customerAddress(Caller caller, ServerHttpRequest http) {
        return customerScope(caller).isPresent() ? ClientAddress.of(http) : Optional.empty();
    }

    /** A customer acting for themselves sees only their payments; staff see the tenant's. */
    private static Optional<String> customerScope(Caller caller) {
        boolean staff = caller.roles().stream().anyMatch(STAFF::contains);
        return staff ? Optional.empty() : Optional.of(caller.subject());
    }

    private static void requireRole(Caller caller) {
        if (!caller.has(Role.CUSTOMER) && caller.roles().stream().noneMatch(STAFF::contains)) {
            throw new AccessDeniedException("payments are for customers, operators, box offices and sales systems");
        }
    }

    private static String safe(String id) {
        return id.matches("[0-9a-fA-F-]{1,36}") ? id : "with this id";
    }
}
