package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.gateway.cardentry.application.ForgedRedirectException;
import com.secutix.payments.gateway.cardentry.application.NoCardEntryAccountException;
import com.secutix.payments.gateway.cardentry.application.PrepareCardEntry;
import com.secutix.payments.gateway.cardentry.application.ReadCardEntryResult;
import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.platform.problem.InvalidRequestException;
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
import org.springframework.security.access.AccessDeniedException;
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
 * always comes from the token. Neither endpoint ever sees a full card number or a CVC. Each valid form
 * request and each genuine redirect counts against the card-testing limits ({@link CardEntryAttempts}).
 */
@RestController
@RequestMapping("/card-entry")
class CardEntryController {

    private static final Set<Role> ALLOWED = EnumSet.of(Role.CUSTOMER, Role.OPERATOR, Role.BOX_OFFICE,
            Role.SALES_SYSTEM);

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
        return countedAttempt(http, caller -> {
            CardEntryForm form = prepareCardEntry.prepare(caller.tenantId(), request.toRequest());
            return new CardEntryFormResponse(form.action().toString(), form.fields());
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
        return countedAttempt(http, caller -> readCardEntryResult.read(caller.tenantId(), RedirectParameters.of(parameters)))
                .map(outcome -> {
                    if (outcome instanceof CardEntryOutcome.CardRefused refused) {
                        throw new UnprocessableRequestException(refused.explanation());
                    }
                    return CardEntryResultResponse.of((CardEntryOutcome.AliasStored) outcome);
                });
    }

    /**
     * Runs the action for the caller, then counts it against the card-testing limits: a request refused
     * as invalid (forged redirect, bad field, tenant without PSP account) is not counted, and the answer
     * is withheld when the limit is reached.
     */
    private <T> Mono<T> countedAttempt(ServerHttpRequest http, Function<Caller, T> action) {
        return Callers.current().flatMap(caller -> {
            T answer = answerAs(caller, action);
            return attempts.count(caller, http).thenReturn(answer);
        });
    }

    private static <T> T answerAs(Caller caller, Function<Caller, T> action) {
        if (caller.roles().stream().noneMatch(ALLOWED::contains)) {
            throw new AccessDeniedException("card entry is for customers, operators, box offices and sales systems");
        }
        try {
            return action.apply(caller);
        } catch (InvalidCardEntryException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (ForgedRedirectException e) {
            throw new InvalidRequestException("signature does not match");
        } catch (NoCardEntryAccountException e) {
            throw new UnprocessableRequestException("This tenant has no PSP account configured for card entry.");
        }
    }
}
