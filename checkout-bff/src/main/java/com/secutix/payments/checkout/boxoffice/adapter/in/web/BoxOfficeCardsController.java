package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.payment.adapter.in.web.PspRedirects;

import com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeViews.CustomerCardsView;
import com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeViews.EnteredSecurityCodeView;
import com.secutix.payments.checkout.boxoffice.adapter.in.web.BoxOfficeViews.SecurityCodeFormView;
import com.secutix.payments.checkout.boxoffice.application.EnterSecurityCode;
import com.secutix.payments.checkout.boxoffice.application.ListUsableCards;
import com.secutix.payments.checkout.boxoffice.application.UnknownCardException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.InvalidBoxOfficeRequestException;
import com.secutix.payments.checkout.boxoffice.domain.Violation;
import com.secutix.payments.events.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A customer's saved cards at the counter, and a saved card's security code typed again when the tenant's policy asks
 * for it: {@code GET /box-office/customers/{customerId}/cards}, {@code POST .../cards/{cardId}/security-code-forms},
 * and the two addresses the PSP sends the terminal back to ({@code /box-office/security-code-entries/accepted} and
 * {@code .../refused}), which the terminal calls with its token. The tenant is always the terminal's token's.
 */
@RestController
@RequestMapping(path = "/box-office", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saved cards", description = "A customer's saved cards at the counter, and their security code when the"
        + " tenant's card policy asks for it")
class BoxOfficeCardsController {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final ListUsableCards listUsableCards;
    private final EnterSecurityCode enterSecurityCode;

    BoxOfficeCardsController(ListUsableCards listUsableCards, EnterSecurityCode enterSecurityCode) {
        this.listUsableCards = listUsableCards;
        this.enterSecurityCode = enterSecurityCode;
    }

    @GetMapping("/customers/{customerId}/cards")
    @Operation(operationId = "listUsableCards", summary = "The customer's usable saved cards",
            description = "The customer's saved cards that have not expired, from the card vault, each saying whether the"
                    + " tenant's card policy asks for its security code at the box office. Give amount and currency to"
                    + " have an ABOVE_AMOUNT rule decided for that amount. A customer the tenant does not know has no"
                    + " card: another tenant's customers are never shown.")
    @ApiResponse(responseCode = "200", description = "The usable cards (possibly none) and the box-office rule")
    @ApiResponse(responseCode = "400", description = "customerId, amount or currency malformed, or only one of amount and"
            + " currency given", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "502", description = "The card vault did not accept the terminal's token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The card vault did not answer; try again (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<CustomerCardsView> cards(
            @Parameter(description = "The customer, as the sales system knows them", example = "alice")
            @PathVariable String customerId,
            @Parameter(description = "The amount about to be paid, as decimal text such as 82.50 (with currency)")
            @RequestParam(name = "amount", required = false) String amount,
            @Parameter(description = "Its ISO 4217 currency (with amount)", example = "EUR")
            @RequestParam(name = "currency", required = false) String currency,
            @Parameter(hidden = true) ServerWebExchange exchange) {
        return Terminals.current().flatMap(terminal -> {
            checkedCustomer(customerId);
            // read from the query itself, so that a parameter given twice is refused rather than joined
            Optional<Money> paid = amountOf(exchange.getRequest().getQueryParams());
            return listUsableCards.list(terminal, customerId, paid);
        })
                .map(usable -> CustomerCardsView.of(customerId, usable))
                .onErrorMap(BoxOfficeProblems::of);
    }

    @PostMapping(path = "/customers/{customerId}/cards/{cardId}/security-code-forms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createSecurityCodeForm", summary = "A signed form to take the saved card's security code",
            description = "When a payment answers cvv-required (the tenant's policy asks for the card's security code at"
                    + " the box office): an Alias Gateway form the gateway signed for this card of this customer. The"
                    + " terminal posts its fields and the code the customer types (field CVC) straight to the PSP, never to"
                    + " us; the PSP redirects to /box-office/security-code-entries/accepted (or .../refused), which the"
                    + " terminal then calls with its bearer token; the payment is then sent again with the same"
                    + " Idempotency-Key.")
    @ApiResponse(responseCode = "201", description = "The signed form")
    @ApiResponse(responseCode = "400", description = "orderReference or customerId malformed, or another field given",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", description = "The customer has no saved card with this id in this tenant",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The tenant has no PSP account for card entry", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many card entries for now (Retry-After)", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The gateway did not answer; try again (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<ResponseEntity<SecurityCodeFormView>> securityCodeForm(
            @Parameter(description = "The customer", example = "alice") @PathVariable String customerId,
            @Parameter(description = "The saved card's id", schema = @Schema(format = "uuid")) @PathVariable String cardId,
            @RequestBody SecurityCodeFormRequest request) {
        return Terminals.current().flatMap(terminal -> {
            checkedCustomer(customerId);
            String orderReference = request.checkedOrderReference();
            if (!CounterPayment.isCardId(cardId)) {
                return Mono.error(new UnknownCardException());
            }
            return enterSecurityCode.form(terminal, customerId, cardId, orderReference);
        })
                .map(form -> ResponseEntity.status(HttpStatus.CREATED).body(SecurityCodeFormView.of(form)))
                .onErrorMap(BoxOfficeProblems::of);
    }

    @GetMapping("/security-code-entries/accepted")
    @Operation(operationId = "securityCodeAccepted", summary = "The PSP took the security code",
            description = "The address the PSP redirects to once the customer typed the security code (the form's"
                    + " ACCEPTURL). The terminal calls it with the redirect's query string as the PSP wrote it, and its"
                    + " bearer token. The gateway checks the PSP's signature (SHA-OUT), that the form was issued to this"
                    + " terminal's client, unused and unexpired, and that the PSP showed the saved card; it then records"
                    + " a one-use proof for the card's next payment.")
    @ApiResponse(responseCode = "200", description = "The code was taken: pay again with the same Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Not the PSP's genuine redirect, or a parameter given twice",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", description = "No form of this terminal's client answers this redirect",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "409", description = "The form's redirect was already used", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The form expired, the PSP refused the code or showed another card",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "429", description = "Too many card entries for now (Retry-After)", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "503", description = "The gateway did not answer; try again (Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<EnteredSecurityCodeView> securityCodeAccepted(@Parameter(hidden = true) ServerWebExchange exchange) {
        return Terminals.current()
                .flatMap(terminal -> enterSecurityCode.accepted(terminal, redirectOf(exchange.getRequest().getQueryParams())))
                .map(EnteredSecurityCodeView::of)
                .onErrorMap(BoxOfficeProblems::of);
    }

    @GetMapping("/security-code-entries/refused")
    @Operation(operationId = "securityCodeRefused", summary = "The PSP refused the security code",
            description = "The address the PSP redirects to when it did not take the code (the form's EXCEPTIONURL),"
                    + " called by the terminal with the redirect's query string and its bearer token. It answers which"
                    + " fields the PSP named in error; nothing is recorded. Ask for a new form to try again.")
    @ApiResponse(responseCode = "422", description = "The code was not taken; fieldsInError names the fields (CVC...)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM,
            schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "403", description = "The caller is not a box-office terminal", content = @Content(
            mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    Mono<EnteredSecurityCodeView> securityCodeRefused(@Parameter(hidden = true) ServerWebExchange exchange) {
        return Terminals.current()
                .flatMap(terminal -> Mono.<EnteredSecurityCodeView>error(
                        enterSecurityCode.refused(redirectOf(exchange.getRequest().getQueryParams()))))
                .onErrorMap(BoxOfficeProblems::of);
    }

    private static void checkedCustomer(String customerId) {
        if (!CounterPayment.isIdentifier(customerId)) {
            throw new InvalidBoxOfficeRequestException(List.of(new Violation("customerId",
                    "must be 1 to 64 letters, digits or . _ : @ - (starting with a letter or digit).")));
        }
    }

    /** The amount of {@code ?amount=82.50&currency=EUR}, both or neither, each once. */
    private static Optional<Money> amountOf(MultiValueMap<String, String> query) {
        List<String> amounts = query.getOrDefault("amount", List.of());
        List<String> currencies = query.getOrDefault("currency", List.of());
        if (amounts.isEmpty() && currencies.isEmpty()) {
            return Optional.empty();
        }
        if (amounts.size() > 1 || currencies.size() > 1) {
            throw new InvalidBoxOfficeRequestException(List.of(new Violation(amounts.size() > 1 ? "amount" : "currency",
                    "is given more than once.")));
        }
        if (amounts.isEmpty() || currencies.isEmpty()) {
            throw new InvalidBoxOfficeRequestException(List.of(new Violation(amounts.isEmpty() ? "amount" : "currency",
                    "is required with " + (amounts.isEmpty() ? "currency" : "amount") + ".")));
        }
        return Optional.of(CounterPayment.moneyOf(amounts.get(0), currencies.get(0)));
    }

    /** The PSP's redirect parameters, each given once. */
    private static Map<String, String> redirectOf(MultiValueMap<String, String> query) {
        return PspRedirects.parametersOf(query).orElseThrow(() -> new InvalidBoxOfficeRequestException(List.of(new Violation(
                PspRedirects.repeatedParameter(query).orElse("?").replaceAll("[^A-Za-z0-9_]", "?"),
                "is given more than once; the PSP's redirect names each parameter once."))));
    }
}
