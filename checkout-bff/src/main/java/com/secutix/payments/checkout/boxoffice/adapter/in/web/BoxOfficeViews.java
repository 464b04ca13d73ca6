package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.boxoffice.application.ListUsableCards;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.checkout.boxoffice.domain.UsableCard;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the box-office API answers. Never an alias in a view of ours (a security-code form's signed fields aside). */
final class BoxOfficeViews {

    private BoxOfficeViews() {
    }

    @Schema(name = "ShownCard", description = "What may be shown of a card")
    record CardView(
            @Schema(example = "VISA") String brand,
            @Schema(description = "At most the first six and the last four digits", example = "XXXXXXXXXXXX1111") String maskedNumber,
            @Schema(description = "MM/YY", example = "12/30") String expiry,
            @Schema(example = "Alice Martin") String holderName) {

        static CardView of(PaymentOutcome.ShownCard card) {
            return card == null ? null : new CardView(card.brand(), card.maskedNumber(), card.expiry(), card.holderName());
        }
    }

    @Schema(name = "UsableCard", description = "A saved card the box office can charge now")
    record UsableCardView(
            @Schema(description = "The card's id, to pay with", format = "uuid") String id,
            @Schema(example = "VISA") String brand,
            @Schema(example = "XXXXXXXXXXXX1111") String maskedNumber,
            @Schema(description = "MM/YY", example = "12/30") String expiry,
            @Schema(example = "Alice Martin") String holderName,
            @Schema(description = "The channel the card was saved on", example = "WEB",
                    allowableValues = {"WEB", "MOBILE", "CALL_CENTRE", "BOX_OFFICE"}) String savedOnChannel,
            @Schema(description = "Whether the tenant's card policy asks for the card's security code at the box office"
                    + " (for the amount given, if any; an ABOVE_AMOUNT rule without an amount answers true)")
            boolean securityCodeRequired) {

        static UsableCardView of(UsableCard usable) {
            var card = usable.card();
            return new UsableCardView(card.id(), card.brand(), card.maskedNumber(), card.expiry(), card.holderName(),
                    card.savedOn(), usable.securityCodeRequired());
        }
    }

    @Schema(name = "SecurityCodeRule", description = "The tenant's rule for a saved card's security code at the box office")
    record RuleView(
            @Schema(allowableValues = {"ALWAYS", "NEVER", "ABOVE_AMOUNT"}) String rule,
            @Schema(description = "The threshold of ABOVE_AMOUNT (strictly above it, or in another currency)",
                    example = "100.00") String amount,
            @Schema(example = "EUR") String currency) {

        static RuleView of(SecurityCodeRule rule) {
            return new RuleView(rule.kind().name(), rule.threshold().map(money -> money.decimalText()).orElse(null),
                    rule.threshold().map(money -> money.currency()).orElse(null));
        }
    }

    @Schema(name = "CustomerCards", description = "A customer's usable saved cards (expired ones left out)")
    record CustomerCardsView(
            @Schema(example = "alice") String customerId,
            List<UsableCardView> cards,
            RuleView securityCodeRule) {

        static CustomerCardsView of(String customerId, ListUsableCards.UsableCards usable) {
            return new CustomerCardsView(customerId, usable.cards().stream().map(UsableCardView::of).toList(),
                    RuleView.of(usable.rule()));
        }
    }

    @Schema(name = "BoxOfficePayment", description = "A box-office payment as the gateway holds it")
    record PaymentView(
            @Schema(format = "uuid") String id,
            @Schema(description = "CAPTURED or AUTHORISED: paid; PENDING, UNKNOWN or MANUAL_REVIEW: being settled"
                    + " (read it again); DECLINED or FAILED: nothing charged", example = "CAPTURED") String state,
            @Schema(example = "82.50") String amount,
            @Schema(example = "EUR") String currency,
            @Schema(example = "ORD-2027-0042") String orderReference,
            @Schema(example = "alice") String customerId,
            CardView card) {

        static PaymentView of(PaymentOutcome outcome) {
            return new PaymentView(outcome.id().toString(), outcome.state().name(), outcome.amount(), outcome.currency(),
                    outcome.orderReference(), outcome.customerId(), CardView.of(outcome.card()));
        }
    }

    @Schema(name = "SecurityCodeForm", description = "An Alias Gateway form the gateway signed for this saved card: post"
            + " its fields, plus the security code the customer types in the field securityCodeField, to action"
            + " (the PSP), never to us")
    record SecurityCodeFormView(
            @Schema(description = "The PSP's Alias Gateway address", example = "https://secure.ogone.com/ncol/prod/alias_gateway.asp")
            String action,
            @Schema(example = "POST") String method,
            @Schema(description = "The signed hidden fields, posted as they are (application/x-www-form-urlencoded)")
            Map<String, String> fields,
            @Schema(description = "The field the customer's security code goes in", example = "CVC") String securityCodeField) {

        static SecurityCodeFormView of(SecurityCodeForm form) {
            return new SecurityCodeFormView(form.action().toString(), "POST", form.fields(), SecurityCodeForm.SECURITY_CODE_FIELD);
        }
    }

    @Schema(name = "EnteredSecurityCode", description = "The security code was taken: the card's next payment at the"
            + " box office goes through without asking for it again, until validUntil")
    record EnteredSecurityCodeView(
            @Schema(format = "uuid") String cardId,
            @Schema(example = "alice") String customerId,
            CardView card,
            Instant validUntil) {

        static EnteredSecurityCodeView of(EnteredSecurityCode entered) {
            return new EnteredSecurityCodeView(entered.cardId(), entered.customerId(), CardView.of(entered.card()),
                    entered.validUntil());
        }
    }
}
