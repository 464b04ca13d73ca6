package com.secutix.payments.checkout.account.adapter.in.web;

import static com.secutix.payments.checkout.account.adapter.in.web.AccountPageRequests.toCards;
import static com.secutix.payments.checkout.account.adapter.in.web.AccountPageRequests.view;

import com.secutix.payments.checkout.account.application.CardUpdateRefusedException;
import com.secutix.payments.checkout.account.application.ManageSavedCards;
import com.secutix.payments.checkout.account.application.UnknownAccountCardException;
import com.secutix.payments.checkout.payment.adapter.in.web.BuyerBrowsers;
import com.secutix.payments.checkout.payment.adapter.in.web.PspRedirects;
import com.secutix.payments.checkout.signin.PageController;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "My saved cards": the signed-in customer's cards with their holder, masked number, expiry, brand and the
 * channel each was saved on; a change of expiry date or holder name made at the PSP (an Alias Gateway alias
 * update, the browser posting straight to the PSP); a deletion after a confirmation step. Every card id is
 * looked up among the buyer's own cards first: someone else's reads as unknown (404).
 */
@PageController
@RequestMapping("/account/cards")
class AccountCardsController {

    /** The change form this web session asked for: the card and the form's ORDERID, checked on the PSP's redirect. */
    static final String CHANGE_IN_PROGRESS = "account.card-change";
    private static final Pattern CARD_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> CHANGEABLE_FIELDS = List.of("CN", "ED");

    private final AccountPageRequests pages;
    private final ManageSavedCards cards;
    private final BuyerBrowsers browsers;

    AccountCardsController(AccountPageRequests pages, ManageSavedCards cards, BuyerBrowsers browsers) {
        this.pages = pages;
        this.cards = cards;
        this.browsers = browsers;
    }

    @GetMapping
    Mono<Rendering> list(ServerWebExchange exchange) {
        var query = exchange.getRequest().getQueryParams();
        return pages.page(exchange, (buyer, model) -> cards.cards(buyer).collectList()
                .map(saved -> view("account/cards", model)
                        .modelAttribute("cards", saved)
                        .modelAttribute("deleted", query.containsKey("deleted"))
                        .modelAttribute("changed", query.getFirst("changed"))
                        .build()));
    }

    @GetMapping("/{cardId}/delete")
    Mono<Rendering> confirmDeletion(@PathVariable String cardId, ServerWebExchange exchange) {
        return pages.page(exchange, (buyer, model) -> known(cardId)
                .flatMap(id -> cards.card(buyer, id))
                .map(card -> view("account/delete", model).modelAttribute("card", card).build())
                .onErrorResume(UnknownAccountCardException.class, unknown -> Mono.just(unknownCard(model))));
    }

    @PostMapping("/{cardId}/delete")
    Mono<Rendering> delete(@PathVariable String cardId, ServerWebExchange exchange) {
        return pages.page(exchange, (buyer, model) -> known(cardId)
                .flatMap(id -> cards.delete(buyer, id))
                .thenReturn(toCards("?deleted"))
                .onErrorResume(UnknownAccountCardException.class, unknown -> Mono.just(unknownCard(model))));
    }

    /** The card's alias-update form: the browser posts the new expiry date or holder name straight to the PSP. */
    @GetMapping("/{cardId}/change")
    Mono<Rendering> changeForm(@PathVariable String cardId, ServerWebExchange exchange) {
        List<String> fieldErrors = exchange.getRequest().getQueryParams().getOrDefault("field", List.of()).stream()
                .filter(CHANGEABLE_FIELDS::contains).toList();
        boolean refused = exchange.getRequest().getQueryParams().containsKey("refused");
        return pages.page(exchange, (buyer, model) -> known(cardId)
                .flatMap(id -> cards.card(buyer, id).zipWith(cards.changeForm(buyer, id, browsers.addressOf(exchange))))
                .flatMap(found -> exchange.getSession().map(session -> {
                    session.getAttributes().put(CHANGE_IN_PROGRESS, found.getT1().id() + " " + found.getT2().pspOrderId());
                    return view("account/change", model)
                            .modelAttribute("card", found.getT1())
                            .modelAttribute("cardForm", found.getT2())
                            .modelAttribute("fieldErrors", fieldErrors)
                            .modelAttribute("refused", refused)
                            .build();
                }))
                .onErrorResume(UnknownAccountCardException.class, unknown -> Mono.just(unknownCard(model))));
    }

    /** The PSP took the change: the gateway checks its redirect; the account then shows the card as it now stands. */
    @GetMapping("/{cardId}/change/accepted")
    Mono<Rendering> changeAccepted(@PathVariable String cardId, ServerWebExchange exchange) {
        // a redirect naming a parameter twice is ambiguous: refused, never passed on
        Map<String, String> redirect = PspRedirects.parametersOf(exchange.getRequest().getQueryParams()).orElse(Map.of());
        return pages.page(exchange, (buyer, model) -> known(cardId).flatMap(id -> exchange.getSession().flatMap(session -> {
            String asked = session.getAttribute(CHANGE_IN_PROGRESS);
            String expectedForm = asked != null && asked.startsWith(id + " ") ? asked.substring(id.length() + 1) : null;
            session.getAttributes().remove(CHANGE_IN_PROGRESS);
            return cards.acceptChange(buyer, id, expectedForm, redirect, browsers.addressOf(exchange))
                    .map(card -> toCards("?changed=" + card.id()));
        }))
                .onErrorResume(CardUpdateRefusedException.class, refused -> Mono.just(
                        Rendering.redirectTo("/account/cards/" + cardId + "/change?refused").build()))
                .onErrorResume(UnknownAccountCardException.class, unknown -> Mono.just(unknownCard(model))));
    }

    /**
     * The PSP refused the change: the fields it named ({@code NCERRORED}, {@code NCERRORCN} other than 0) are shown
     * in error next to their inputs. Display only: nothing is decided from this unsigned echo.
     */
    @GetMapping("/{cardId}/change/refused")
    Mono<Rendering> changeRefused(@PathVariable String cardId, ServerWebExchange exchange) {
        var feedback = exchange.getRequest().getQueryParams();
        String fields = PspRedirects.fieldsInErrorAsQuery(feedback, CHANGEABLE_FIELDS);
        return pages.page(exchange, (buyer, model) -> known(cardId)
                .map(id -> Rendering.redirectTo("/account/cards/" + id + "/change?refused" + fields).build())
                .onErrorResume(UnknownAccountCardException.class, unknown -> Mono.just(unknownCard(model))));
    }

    /** A card id in its canonical form; anything else names no card (and is never passed on). */
    private static Mono<String> known(String cardId) {
        return cardId != null && CARD_ID.matcher(cardId).matches()
                ? Mono.just(UUID.fromString(cardId).toString())
                : Mono.error(new UnknownAccountCardException("No saved card of yours has this id."));
    }

    private static Rendering unknownCard(Map<String, Object> model) {
        return view("account/unknown-card", model).status(HttpStatus.NOT_FOUND).build();
    }
}
