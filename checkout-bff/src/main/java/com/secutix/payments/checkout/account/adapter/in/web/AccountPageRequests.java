package com.secutix.payments.checkout.account.adapter.in.web;

import com.secutix.payments.checkout.payment.adapter.in.web.PageFormats;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import com.secutix.payments.platform.security.Role;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every account page request starts with: the signed-in buyer (the page chain already sent a guest to the
 * identity provider), who must be a customer; the page's language and formats in the model; {@code
 * Cache-Control: no-store}. A buyer whose access token has expired signs in again.
 */
class AccountPageRequests {

    interface PageAction {
        Mono<Rendering> render(SignedInBuyer buyer, Map<String, Object> model);
    }

    private final SignedInBuyers buyers;
    private final ZoneId timeZone;

    AccountPageRequests(SignedInBuyers buyers, ZoneId timeZone) {
        this.buyers = buyers;
        this.timeZone = timeZone;
    }

    Mono<Rendering> page(ServerWebExchange exchange, PageAction action) {
        Map<String, Object> model = PageFormats.pageModel(exchange, timeZone);
        return buyers.of(exchange)
                .flatMap(buyer -> buyer.caller().has(Role.CUSTOMER)
                        ? action.render(buyer, model)
                        : Mono.just(Rendering.view("account/not-a-customer").model(model).status(HttpStatus.FORBIDDEN).build()))
                .switchIfEmpty(Mono.defer(() -> signInAgain(exchange)));
    }

    static Rendering.Builder<?> view(String name, Map<String, Object> model) {
        return Rendering.view(name).model(model);
    }

    static Rendering toCards(String query) {
        return Rendering.redirectTo("/account/cards" + query).build();
    }

    /** The buyer's sign-in ran out: the same identity provider again, then back to the account. */
    private static Mono<Rendering> signInAgain(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(OAuth2AuthenticationToken.class)
                .map(signIn -> Rendering.redirectTo("/oauth2/authorization/" + signIn.getAuthorizedClientRegistrationId()).build())
                .switchIfEmpty(Mono.fromSupplier(() -> Rendering.redirectTo("/account/cards").build()));
    }
}
