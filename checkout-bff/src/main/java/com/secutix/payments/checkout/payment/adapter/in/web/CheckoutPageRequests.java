package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every checkout page request starts with: the session its address names (a 404 page for an id that names
 * none), the page's language and formats in the model, and {@code Cache-Control: no-store}; and where a page
 * goes next.
 */
public class CheckoutPageRequests {

    /** What a page does with its session and the model already holding the session, language and formats. */
    interface PageAction {
        Mono<Rendering> render(CheckoutSession session, Map<String, Object> model);
    }

    private final CheckoutSessions sessions;
    private final Clock clock;
    private final ZoneId timeZone;

    public CheckoutPageRequests(CheckoutSessions sessions, Clock clock, ZoneId timeZone) {
        this.sessions = sessions;
        this.clock = clock;
        this.timeZone = timeZone;
    }

    Mono<Rendering> page(String sessionId, ServerWebExchange exchange, PageAction action) {
        Optional<CheckoutSessionId> id = parse(sessionId);
        if (id.isEmpty()) {
            return Mono.just(unknown());
        }
        return sessions.findById(id.get())
                .flatMap(session -> {
                    Map<String, Object> model = PageFormats.pageModel(exchange, timeZone);
                    model.put("checkout", session);
                    model.put("state", session.stateAt(clock.instant()).name());
                    model.put("base", "/checkout/" + session.id());
                    return action.render(session, model);
                })
                .switchIfEmpty(Mono.fromSupplier(CheckoutPageRequests::unknown));
    }

    Clock clock() {
        return clock;
    }

    static Rendering unknown() {
        return Rendering.view("checkout/unknown").status(HttpStatus.NOT_FOUND).build();
    }

    static Rendering.Builder<?> view(String name, Map<String, Object> model) {
        return Rendering.view(name).model(model);
    }

    static Rendering redirect(CheckoutSession session, String path) {
        return Rendering.redirectTo("/checkout/" + session.id() + path).build();
    }

    static Optional<CheckoutSessionId> parse(String sessionId) {
        try {
            return Optional.of(new CheckoutSessionId(UUID.fromString(sessionId)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /** Where the page goes after Pay, by how paying went. */
    static Rendering after(CheckoutSession session, PayCheckout.Outcome outcome, PaymentChoice choice) {
        return switch (outcome) {
            case PAID, NOT_PAYABLE, IN_PROGRESS -> redirect(session, "");
            case AWAITING_BUYER -> redirect(session, "/authentication");
            case REFUSED -> redirect(session, "/payment?error=declined");
            case TOO_MANY_ATTEMPTS -> redirect(session, "/payment?error=too-many-attempts");
            case LIMITED -> redirect(session, "/payment?error=limited");
            case BUSY -> redirect(session, "/payment?error=busy");
            case SECURITY_CODE_NEEDED -> choice instanceof PaymentChoice.SavedCardChoice saved
                    ? redirect(session, "/security-code?card=" + saved.cardId())
                    : redirect(session, "/payment?error=declined");
            case ENTER_CARD_AGAIN -> redirect(session, "/payment?error=enter-card-again");
            case NO_CARD -> redirect(session, "/payment?error=choose-card");
        };
    }
}
