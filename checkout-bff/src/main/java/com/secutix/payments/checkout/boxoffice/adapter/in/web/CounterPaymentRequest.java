package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.InvalidBoxOfficeRequestException;
import com.secutix.payments.checkout.boxoffice.domain.Violation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /box-office/payments}: the order, its customer, the amount and one of the customer's saved
 * cards, by id. No other field (a card number, a security code, a channel, a tenant...) is accepted.
 */
@Schema(name = "CounterPaymentRequest", description = "A payment at the counter with one of the customer's saved cards."
        + " Card numbers and security codes are never accepted (400).")
record CounterPaymentRequest(
        @Schema(description = "The order paid, as the sales system knows it: 1 to 64 letters, digits or . _ : @ -",
                example = "ORD-2027-0042", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        String orderReference,
        @Schema(description = "The customer whose saved card is charged", example = "alice",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        String customerId,
        @Schema(description = "The amount as decimal text, with at most the currency's decimals (never a JSON number)",
                example = "82.50", type = "string", pattern = "^(0|[1-9][0-9]{0,11})(\\.[0-9]{1,3})?$",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Object amount,
        @Schema(description = "ISO 4217 currency code", example = "EUR", pattern = "^[A-Z]{3}$",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String currency,
        @Schema(description = "The id of one of the customer's saved cards, as GET /box-office/customers/{customerId}/cards"
                + " lists them", example = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1", format = "uuid",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String cardId,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unexpected) {

    CounterPaymentRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** @throws InvalidBoxOfficeRequestException naming every wrong field */
    CounterPayment toPayment() {
        List<Violation> violations = new ArrayList<>();
        unexpected.keySet().forEach(field -> violations.add(new Violation(field, "is not a field of a box-office payment.")));
        try {
            CounterPayment payment = CounterPayment.of(orderReference, customerId, amount, currency, cardId);
            if (violations.isEmpty()) {
                return payment;
            }
        } catch (InvalidBoxOfficeRequestException invalid) {
            violations.addAll(invalid.violations());
        }
        throw new InvalidBoxOfficeRequestException(violations);
    }
}
