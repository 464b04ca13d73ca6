package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.gateway.cardentry.application.CardEntryAttempt;
import com.secutix.payments.gateway.cardentry.application.ClosedCardEntryException;
import com.secutix.payments.gateway.cardentry.application.ForgedRedirectException;
import com.secutix.payments.gateway.cardentry.application.NoCardEntryAccountException;
import com.secutix.payments.gateway.cardentry.application.NotTheSavedCardException;
import com.secutix.payments.gateway.cardentry.application.PrepareCardEntry;
import com.secutix.payments.gateway.cardentry.application.ReadCardEntryResult;
import com.secutix.payments.gateway.cardentry.application.SavedCardNotUpdatedException;
import com.secutix.payments.gateway.cardentry.application.UnknownAliasException;
import com.secutix.payments.gateway.cardentry.application.UnknownCardEntryException;
import com.secutix.payments.gateway.cardentry.application.UnknownSavedCardException;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.platform.problem.ConflictException;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.problem.UnprocessableRequestException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Card entry through the PSP's Alias Gateway: {@code POST /card-entry/forms} gives the page a signed form
 * to post the card to the PSP; {@code POST /card-entry/results} reads the PSP's signed redirect. The tenant
 * always comes from the token, and so does the customer when a customer asks. A form is a one-time exchange:
 * its redirect is accepted once, from the caller the form was issued to, before it expires ({@link
 * ReadCardEntryResult}). Neither endpoint ever sees a full card number or a CVC. Each valid form
 * request and each genuine redirect counts against the card-testing limits ({@link CardEntryAttempts}). A form
 * naming a saved card ({@code cardId}) lets the buyer type that card's security code again; its redirect leaves a
 * proof for the card's next payment. A form naming a saved card to update ({@code updatesCardId}) lets the buyer change
 * that card's expiry or holder at the PSP; its verified STATUS 2 redirect answers {@code UPDATED} with the card's id
 * and new masked data, and the vault is told ({@code SavedCardDetailsConfirmed}).
 */
@RestController
@RequestMapping("/card-entry")
class CardEntryController {

    private static final Set<Role> ALLOWED = EnumSet.of(Role.CUSTOMER, Role.OPERATOR, Role.BOX_OFFICE,
            Role.SALES_SYSTEM, Role.CHECKOUT);
    /** Callers that enter cards for a customer they name: staff, the sales system and the checkout. */
    private static final Set<Role> ACTING_FOR_CUSTOMERS = EnumSet.of(Role.OPERATOR, Role.BOX_OFFICE,
            Role.SALES_SYSTEM, Role.CHECKOUT);

    private final PrepareCardEntry prepareCardEntry;
    private final ReadCardEntryResult readCardEntryResult;
    private final CardEntryAttempts attempts;

    CardEntryController(PrepareCardEntry prepareCardEntry, ReadCardEntryResult readCardEntryResult,
            CardEntryAttempts attempts) {
        this.prepareCardEntry = prepareCardEntry;
        this.readCardEntryResult = readCardEntryResult;
        this.attempts = attempts;
    }

    @PostMapping(path = "/forms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CardEntryFormResponse> form(@RequestBody CardEntryFormRequest request, ServerHttpRequest http) {
        return answerAs(caller -> {
            CardEntryAttempt attempt = attempts.of(caller, http);
            return prepareCardEntry
                    .prepare(caller.tenantId(), caller.subject(), request.toRequest(customerOf(caller, request)), attempt)
                    .map(form -> new CardEntryFormResponse(form.action().toString(), form.fields()));
        });
    }

    /** The redirect's query string, as the page at ACCEPTURL forwards it. */
    @PostMapping(path = "/results", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<CardEntryResultResponse> resultFromForm(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(parameters -> result(parameters, exchange.getRequest()));
    }

    /** The same as JSON: {@code {"parameters": {"ALIAS": "...", ...}}}. */
    @PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<CardEntryResultResponse> resultFromJson(@RequestBody RedirectBody body, ServerHttpRequest http) {
        if (body.parameters() == null) {
            return Mono.error(new InvalidRequestException("parameters: is required"));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        body.parameters().forEach((name, value) -> parameters.put(name, List.of(value == null ? "" : value)));
        return result(parameters, http);
    }

    record RedirectBody(Map<String, String> parameters) {
    }

    /** A card refused by the PSP is an attempt too: card testing produces refusals. */
    private Mono<CardEntryResultResponse> result(Map<String, List<String>> parameters, ServerHttpRequest http) {
        return answerAs(caller -> {
            CardEntryAttempt attempt = attempts.of(caller, http);
            return readCardEntryResult.read(caller.tenantId(), caller.subject(), RedirectParameters.of(parameters),
                    attempt);
        })
                .map(result -> {
                    if (result.outcome() instanceof CardEntryOutcome.CardRefused refused) {
                        throw new UnprocessableRequestException(refused.explanation());
                    }
                    return CardEntryResultResponse.of(result, (CardEntryOutcome.AliasStored) result.outcome());
                });
    }

    /**
     * A customer enters cards for themselves only; staff and machine clients (the sales system, the checkout)
     * name the customer. Which customer a card belongs to is decided here, from the token, never taken from a
     * customer's request.
     */
    private static String customerOf(Caller caller, CardEntryFormRequest request) {
        if (caller.roles().stream().anyMatch(ACTING_FOR_CUSTOMERS::contains)) {
            return request.customerId();
        }
        if (request.customerId() != null && !request.customerId().equals(caller.subject())) {
            throw new InvalidCardEntryException("customerId: a customer enters cards for themselves only");
        }
        return caller.subject();
    }

    /**
     * Runs the action for a caller who may enter cards. The action counts the attempt against the
     * card-testing limits itself, once the request is known valid and before it stores anything: a request
     * refused as invalid (forged redirect, bad field, tenant without PSP account, unknown card entry) is not
     * counted, and one over the limit changes nothing.
     */
    private static <T> Mono<T> answerAs(Function<Caller, Mono<T>> action) {
        return Callers.current().flatMap(caller -> {
            if (caller.roles().stream().noneMatch(ALLOWED::contains)) {
                return Mono.error(new ForbiddenException(
                        "card entry is for customers, operators, box offices, sales systems and the checkout"));
            }
            return Mono.defer(() -> action.apply(caller)).onErrorMap(CardEntryController::problemOf);
        });
    }

    private static Throwable problemOf(Throwable error) {
        if (error instanceof InvalidCardEntryException e) {
            return new InvalidRequestException(e.getMessage());
        }
        if (error instanceof ForgedRedirectException) {
            return new InvalidRequestException("signature does not match");
        }
        if (error instanceof NoCardEntryAccountException) {
            return new UnprocessableRequestException("This tenant has no PSP account configured for card entry.");
        }
        if (error instanceof UnknownAliasException) {
            return new NotFoundException("This customer has no card with this alias.");
        }
        if (error instanceof UnknownSavedCardException) {
            return new NotFoundException("This customer has no saved card with this id.");
        }
        if (error instanceof SavedCardNotUpdatedException) {
            return new UnprocessableRequestException(error.getMessage());
        }
        if (error instanceof NotTheSavedCardException) {
            return new UnprocessableRequestException(error.getMessage());
        }
        if (error instanceof UnknownCardEntryException) {
            return new NotFoundException("No card entry with this ORDERID was started by this caller.");
        }
        if (error instanceof ClosedCardEntryException closed) {
            return closed.hasExpired() ? new UnprocessableRequestException(closed.getMessage())
                    : new ConflictException(closed.getMessage());
        }
        return error;
    }
}
