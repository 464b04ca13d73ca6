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
 * always comes from the token. Neither endpoint ever sees a full card number or a CVC.
 */
@RestController
@RequestMapping("/card-entry")
class CardEntryController {

    private static final Set<Role> ALLOWED = EnumSet.of(Role.CUSTOMER, Role.OPERATOR, Role.BOX_OFFICE,
            Role.SALES_SYSTEM);

    private final PrepareCardEntry prepareCardEntry;
    private final ReadCardEntryResult readCardEntryResult;

    CardEntryController(PrepareCardEntry prepareCardEntry, ReadCardEntryResult readCardEntryResult) {
        this.prepareCardEntry = prepareCardEntry;
        this.readCardEntryResult = readCardEntryResult;
    }

    @PostMapping(path = "/forms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CardEntryFormResponse> form(@RequestBody CardEntryFormRequest request) {
        return asCaller(caller -> {
            CardEntryForm form = prepareCardEntry.prepare(caller.tenantId(), request.toRequest());
            return new CardEntryFormResponse(form.action().toString(), form.fields());
        });
    }

    /** The redirect's query string, as the page at ACCEPTURL forwards it. */
    @PostMapping(path = "/results", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<CardEntryResultResponse> resultFromForm(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(this::result);
    }

    /** The same as JSON: {@code {"parameters": {"ALIAS": "...", ...}}}. */
    @PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<CardEntryResultResponse> resultFromJson(@RequestBody RedirectBody body) {
        if (body.parameters() == null) {
            return Mono.error(new InvalidRequestException("parameters: is required"));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        body.parameters().forEach((name, value) -> parameters.put(name, List.of(value == null ? "" : value)));
        return result(parameters);
    }

    record RedirectBody(Map<String, String> parameters) {
    }

    private Mono<CardEntryResultResponse> result(Map<String, List<String>> parameters) {
        return asCaller(caller -> {
            CardEntryOutcome outcome = readCardEntryResult.read(caller.tenantId(), RedirectParameters.of(parameters));
            if (outcome instanceof CardEntryOutcome.CardRefused refused) {
                throw new UnprocessableRequestException(refused.explanation());
            }
            return CardEntryResultResponse.of((CardEntryOutcome.AliasStored) outcome);
        });
    }

    private static <T> Mono<T> asCaller(Function<Caller, T> action) {
        return Callers.current().map(caller -> {
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
        });
    }
}
