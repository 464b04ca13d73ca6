package com.secutix.payments.gateway.cardentry.domain;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.gateway.displaytext.DisplayText;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.gateway.cardentry.domain.CardFieldRefusal.CardField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what the Alias Gateway said on its redirect, once its signature has been checked: STATUS 0 a new
 * alias, 2 an alias updated, 1 the card refused. The card number must come back masked (the shape of
 * {@link CardSummary#isMasked}); a full number is refused without ever being repeated.
 */
public final class AliasGatewayFeedback {

    private static final Pattern OGONE_EXPIRY = Pattern.compile("(0[1-9]|1[0-2])(\\d{2})");
    private static final int MAX_TEXT = 50;
    private static final String NO_ERROR = "0";

    private AliasGatewayFeedback() {
    }

    public static CardEntryOutcome read(RedirectParameters parameters) {
        String status = parameters.required("STATUS");
        return switch (status) {
            case "0" -> stored(parameters, AliasStatus.CREATED);
            case "2" -> stored(parameters, AliasStatus.UPDATED);
            case "1" -> refused(parameters);
            default -> throw new InvalidCardEntryException("STATUS: must be 0, 1 or 2 for the Alias Gateway");
        };
    }

    private static CardEntryOutcome stored(RedirectParameters parameters, AliasStatus status) {
        String maskedNumber = maskedNumber(parameters.required("CARDNO"));
        CardAlias alias = new CardAlias(text(parameters, "ALIAS", true));
        EnteredCard card = new EnteredCard(text(parameters, "BRAND", true), maskedNumber,
                expiry(parameters.required("ED")), text(parameters, "CN", false));
        return new CardEntryOutcome.AliasStored(alias, status, card);
    }

    private static CardEntryOutcome refused(RedirectParameters parameters) {
        List<CardFieldRefusal> refusals = new ArrayList<>();
        for (CardField field : CardField.values()) {
            parameters.get(field.parameter()).filter(code -> !NO_ERROR.equals(code))
                    .map(code -> new CardFieldRefusal(field, safeCode(field.parameter(), code)))
                    .ifPresent(refusals::add);
        }
        String ncError = parameters.get("NCERROR").map(code -> safeCode("NCERROR", code)).orElse("unknown");
        return new CardEntryOutcome.CardRefused(ncError, refusals);
    }

    private static String maskedNumber(String cardNo) {
        if (!CardSummary.isMasked(cardNo)) {
            throw new InvalidCardEntryException(
                    "CARDNO: is not a masked card number (at most the first six and the last four digits);"
                            + " the value is not shown");
        }
        return cardNo;
    }

    private static String expiry(String ed) {
        var matcher = OGONE_EXPIRY.matcher(ed);
        if (!matcher.matches()) {
            throw new InvalidCardEntryException("ED: must be the expiry date as MMYY");
        }
        return matcher.group(1) + "/" + matcher.group(2);
    }

    private static String text(RedirectParameters parameters, String name, boolean required) {
        String value = required ? parameters.required(name) : parameters.get(name).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardEntryException(name + ": is not a valid value");
        }
        if (DisplayText.hasMarkupOrInvisibleControls(value)) {
            throw new InvalidCardEntryException(
                    name + ": must not contain markup characters or invisible direction controls");
        }
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new InvalidCardEntryException(name + ": looks like a card number, which is never accepted");
        }
        return value;
    }

    private static String safeCode(String name, String code) {
        if (!code.matches("\\d{1,10}")) {
            throw new InvalidCardEntryException(name + ": must be a numeric error code");
        }
        return code;
    }
}
