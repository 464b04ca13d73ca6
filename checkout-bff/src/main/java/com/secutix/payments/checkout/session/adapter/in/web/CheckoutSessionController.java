package com.secutix.payments.checkout.session.adapter.in.web;

import com.secutix.payments.checkout.session.application.OpenCheckoutSession;
import com.secutix.payments.checkout.session.application.OrderAlreadyInCheckoutException;
import com.secutix.payments.checkout.session.application.ReadCheckoutSession;
import com.secutix.payments.checkout.session.application.UnknownCheckoutSessionException;
import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.InvalidCheckoutException;
import com.secutix.payments.platform.problem.ConflictException;
import com.secutix.payments.platform.problem.FieldProblem;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.security.Role;
import com.secutix.payments.platform.web.idempotency.IdempotentAction;
import com.secutix.payments.platform.web.idempotency.IdempotentRequest;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
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
 * The sales system's side of the checkout: {@code POST /checkout-sessions} (with {@code Idempotency-Key})
 * opens a session for an order and answers where to send the buyer and until when; {@code GET
 * /checkout-sessions/{id}} says how it stands. The tenant is the token's; another tenant's session is a 404.
 */
@RestController
@RequestMapping("/checkout-sessions")
class CheckoutSessionController {

    static final String OPERATION = "open-checkout-session";
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final OpenCheckoutSession openCheckoutSession;
    private final ReadCheckoutSession readCheckoutSession;
    private final IdempotentRequests idempotentRequests;
    private final CheckoutPages pages;
    private final Clock clock;

    CheckoutSessionController(OpenCheckoutSession openCheckoutSession, ReadCheckoutSession readCheckoutSession,
                              IdempotentRequests idempotentRequests, CheckoutPages pages, Clock clock) {
        this.openCheckoutSession = openCheckoutSession;
        this.readCheckoutSession = readCheckoutSession;
        this.idempotentRequests = idempotentRequests;
        this.pages = pages;
        this.clock = clock;
    }

    @PostMapping
    Mono<ResponseEntity<CheckoutSessionView>> open(
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody CheckoutSessionRequest request) {
        return Callers.current().map(CheckoutSessionController::salesSystem).flatMap(caller -> {
            CheckoutOrder order = validated(request);
            return idempotentRequests.execute(new IdempotentRequest(idempotencyKey, caller, OPERATION, order),
                            CheckoutSessionView.class, new IdempotentAction<>(
                                    () -> openCheckoutSession.open(caller.tenantId(), order), Mono::just,
                                    session -> Mono.just(created(session))))
                    .onErrorMap(InvalidCheckoutException.class, CheckoutSessionController::invalidRequest)
                    .onErrorMap(OrderAlreadyInCheckoutException.class, e -> new ConflictException(
                            "Order " + order.orderId() + " already has a checkout session with other content; "
                                    + "read it, or use a new order id."));
        });
    }

    @GetMapping("/{id}")
    Mono<CheckoutSessionView> get(@PathVariable String id) {
        return Callers.current().map(CheckoutSessionController::salesSystem)
                .flatMap(caller -> {
                    if (!SESSION_ID.matcher(id).matches()) {
                        return Mono.error(new NotFoundException("No checkout session with this id."));
                    }
                    return readCheckoutSession.outcome(caller.tenantId(), new CheckoutSessionId(UUID.fromString(id)));
                })
                .map(outcome -> CheckoutSessionView.of(outcome.session(), pages.of(outcome.session().id()), clock.instant(),
                        outcome.payment()))
                .onErrorMap(UnknownCheckoutSessionException.class, e -> new NotFoundException("No checkout session with this id."));
    }

    private ResponseEntity<CheckoutSessionView> created(CheckoutSession session) {
        URI page = pages.of(session.id());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/checkout-sessions/" + session.id()))
                .body(CheckoutSessionView.of(session, page, clock.instant()));
    }

    private static Caller salesSystem(Caller caller) {
        if (!caller.has(Role.SALES_SYSTEM)) {
            throw new ForbiddenException("Checkout sessions are opened and read by the tenant's sales system.");
        }
        return caller;
    }

    private static CheckoutOrder validated(CheckoutSessionRequest request) {
        try {
            return request.toOrder();
        } catch (InvalidCheckoutException invalid) {
            throw invalidRequest(invalid);
        }
    }

    private static InvalidRequestException invalidRequest(InvalidCheckoutException invalid) {
        return InvalidRequestException.ofFields(invalid.violations().stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message()))
                .toList());
    }
}
