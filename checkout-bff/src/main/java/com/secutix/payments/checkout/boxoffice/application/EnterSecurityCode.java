package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A saved card's security code typed again at the counter, when the tenant's policy asks for it: the gateway signs an
 * Alias Gateway form for that card of that customer, the terminal posts it with the code straight to the PSP, and the
 * PSP's redirect comes back to our return addresses, whose handler has the gateway check it and record the proof the
 * card's next payment uses up. The BFF keeps nothing: the gateway binds the form to the terminal's client, once.
 */
public class EnterSecurityCode {

    /** Where the PSP sends the terminal back: the code taken, or refused. */
    public record ReturnAddresses(URI accepted, URI refused) {
    }

    /** The Alias Gateway's fields naming a card field in error, and the field each names. */
    static final Map<String, String> ERROR_FIELDS = Map.of("NCERRORCVC", "CVC", "NCERRORCARDNO", "CARDNO",
            "NCERRORED", "ED", "NCERRORCN", "CN");

    private final BoxOfficeGateway gateway;
    private final ReturnAddresses returnAddresses;

    public EnterSecurityCode(BoxOfficeGateway gateway, ReturnAddresses returnAddresses) {
        this.gateway = gateway;
        this.returnAddresses = returnAddresses;
    }

    public Mono<SecurityCodeForm> form(Terminal terminal, String customerId, String cardId, String orderReference) {
        return gateway.securityCodeForm(terminal, customerId, cardId, orderReference, returnAddresses.accepted(),
                returnAddresses.refused());
    }

    /** The PSP took the code: the gateway checks its redirect and records the proof. */
    public Mono<EnteredSecurityCode> accepted(Terminal terminal, Map<String, String> redirectParameters) {
        return gateway.securityCodeEntered(terminal, redirectParameters);
    }

    /**
     * The PSP refused the code: which fields it named in error. Nothing is decided from this unsigned echo; the form
     * stays unused, and a new one is asked for to try again.
     */
    public SecurityCodeEntryRefusedException refused(Map<String, String> redirectParameters) {
        List<String> fields = ERROR_FIELDS.entrySet().stream()
                .filter(field -> inError(redirectParameters.get(field.getKey())))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
        return new SecurityCodeEntryRefusedException(422, fields.isEmpty()
                ? "The PSP did not take the security code; ask for a new form and let the customer type it again."
                : "The PSP did not take the security code (fields in error: " + String.join(", ", fields)
                        + "); ask for a new form and let the customer type it again.", fields);
    }

    private static boolean inError(String code) {
        return code != null && !code.isBlank() && !code.equals("0");
    }
}
