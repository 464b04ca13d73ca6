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

/** Body of {@code POST /box-office/customers/{customerId}/cards/{cardId}/security-code-forms}: the order being paid. */
@Schema(name = "SecurityCodeFormRequest", description = "The order whose payment asks for the card's security code.")
record SecurityCodeFormRequest(
        @Schema(description = "The order being paid: 1 to 64 letters, digits or . _ : @ -", example = "ORD-2027-0042",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        String orderReference,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unexpected) {

    SecurityCodeFormRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** @throws InvalidBoxOfficeRequestException naming every wrong field */
    String checkedOrderReference() {
        List<Violation> violations = new ArrayList<>();
        unexpected.keySet().forEach(field -> violations.add(new Violation(field, "is not a field of a security-code form request.")));
        if (!CounterPayment.isIdentifier(orderReference)) {
            violations.add(new Violation("orderReference", "is required: 1 to 64 letters, digits or . _ : @ -"
                    + " (starting with a letter or digit)."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBoxOfficeRequestException(violations);
        }
        return orderReference;
    }
}
