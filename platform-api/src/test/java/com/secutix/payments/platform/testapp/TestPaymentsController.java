package com.secutix.payments.platform.testapp;

import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.web.idempotency.IdempotentAction;
import com.secutix.payments.platform.web.idempotency.IdempotentRequest;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** An idempotent POST, a use case writing state + outbox, lookups that 404 and an admin-only endpoint. */
@RestController
class TestPaymentsController {

    record PaymentRequest(@NotBlank String orderReference, @NotNull @Positive Long amount, @NotBlank String currency,
                          @Valid Buyer buyer) {
    }

    /** Optional: a nested object, so that strict reading is shown below the top level too. */
    record Buyer(@NotBlank String name) {
    }

    record PaymentAnswer(UUID id, String orderReference, long amount, String currency) {
    }

    private final IdempotentRequests idempotentRequests;
    private final ActionExecutions executions;
    private final DeclinePayment declinePayment;

    TestPaymentsController(IdempotentRequests idempotentRequests, ActionExecutions executions, DeclinePayment declinePayment) {
        this.idempotentRequests = idempotentRequests;
        this.executions = executions;
        this.declinePayment = declinePayment;
    }

    /** Writes state and an outbox row in one transaction, inside the request's trace. */
    @PostMapping("/test-payments/{id}/decline")
    Mono<ResponseEntity<Void>> decline(@PathVariable UUID id) {
        return Callers.current()
                .flatMap(caller -> declinePayment.decline(id, caller.tenantId()))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    @PostMapping("/test-payments")
    Mono<ResponseEntity<PaymentAnswer>> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                               @Valid @RequestBody PaymentRequest request) {
        return Callers.current().flatMap(caller -> idempotentRequests.execute(
                new IdempotentRequest(key, caller, "create-test-payment", request), PaymentAnswer.class,
                new IdempotentAction<>(() -> start(request), TestPaymentsController::askOutside, TestPaymentsController::created)));
    }

    /** The payment recorded before the outside world is asked; an unknown order is a client error. */
    private Mono<PaymentAnswer> start(PaymentRequest request) {
        executions.record();
        if (request.orderReference().startsWith("UNKNOWN")) {
            return Mono.error(new NotFoundException("Order " + request.orderReference() + " does not exist."));
        }
        return Mono.just(new PaymentAnswer(UUID.randomUUID(), request.orderReference(), request.amount(), request.currency()));
    }

    /**
     * The outside world (a PSP) answers at once, after 1.5 s for an order whose reference starts with SLOW,
     * and its answer is lost for one that starts with LOST.
     */
    private static Mono<PaymentAnswer> askOutside(PaymentAnswer payment) {
        if (payment.orderReference().startsWith("LOST")) {
            return Mono.error(new IllegalStateException("the outside world's answer was lost"));
        }
        Mono<PaymentAnswer> answer = Mono.just(payment);
        return payment.orderReference().startsWith("SLOW") ? answer.delayElement(Duration.ofMillis(1500)) : answer;
    }

    private static Mono<ResponseEntity<PaymentAnswer>> created(PaymentAnswer payment) {
        return Mono.just(ResponseEntity.created(URI.create("/test-payments/" + payment.id())).body(payment));
    }

    @GetMapping("/test-payments")
    Mono<PaymentAnswer> findByOrder(@RequestParam String orderReference) {
        return Mono.error(new NotFoundException("No payment for order " + orderReference + "."));
    }

    @GetMapping("/test-payments/{id}")
    Mono<PaymentAnswer> find(@PathVariable UUID id) {
        return Mono.error(new NotFoundException("Payment " + id + " does not exist."));
    }

    @GetMapping("/test-currencies")
    Mono<List<String>> currencies() {
        return Mono.just(List.of("CHF", "EUR"));
    }

    @GetMapping("/admin/ping")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<String> adminPing() {
        return Mono.just("pong");
    }
}
