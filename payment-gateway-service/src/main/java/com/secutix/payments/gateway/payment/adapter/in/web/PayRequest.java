package com.secutix.payments.gateway.payment.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.gateway.payment.domain.BuyerBrowser;
import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.Money;
import com.secutix.payments.gateway.payment.domain.Operation;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import com.secutix.payments.gateway.payment.domain.Violations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Body of {@code POST /payments}. Card data never comes here: only the card to charge, named one way, either
 * its PSP alias, whose masked card the gateway knows from card entry, or the {@code cardId} of a card the
 * vault saved, whose alias and masked card the gateway looks up for the paying customer (the caller never
 * holds a saved card's alias). An e-commerce payment (WEB, MOBILE) carries what 3-D Secure needs
 * ({@code threeDSecure}). Any other field (a card number, a CVV, the card's display data...) is refused.
 * The amount is a plain decimal string ({@code "82.50"}): a JSON number, an exponent, a sign or spaces
 * could be read in more than one way, so they are refused.
 */
public record PayRequest(
        Operation operation,
        String alias,
        String cardId,
        Object amount,
        String currency,
        String orderReference,
        String customerId,
        Channel channel,
        Boolean saveCard,
        ThreeDSecureData threeDSecure,
        @JsonAnySetter Map<String, Object> unexpected) {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?");

    public PayRequest {
        unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
    }

    /** Where the PSP sends the buyer back after 3-D Secure, and the buyer's browser. */
    public record ThreeDSecureData(String acceptUrl, String declineUrl, String exceptionUrl, BrowserData browser,
            @JsonAnySetter Map<String, Object> unexpected) {

        public ThreeDSecureData {
            unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
        }
    }

    /** What the page read from the buyer's browser (3-D Secure 2). */
    public record BrowserData(String acceptHeader, String userAgent, String language, Integer colorDepth,
            Boolean javaEnabled, Integer screenHeight, Integer screenWidth, Integer timeZoneOffsetMinutes,
            @JsonAnySetter Map<String, Object> unexpected) {

        public BrowserData {
            unexpected = unexpected == null ? new LinkedHashMap<>() : unexpected;
        }
    }

    /**
     * The payment asked for, the saved card it is asked for with (when not with an alias) and, for an
     * e-commerce payment, what 3-D Secure needs. It is what the {@code Idempotency-Key}'s fingerprint is taken
     * of, so the same key with another card id is another request (422); an alias payment leaves
     * {@code savedCardId} out of it, so its fingerprint is what it was before saved cards could be paid.
     */
    record AskedPayment(PaymentDetails details,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<SavedCardId> savedCardId,
            Optional<ThreeDSecureRequest> threeDSecure) {
    }

    /**
     * The payment this request asks for, in the caller's tenant, on the channel the caller's role gives;
     * refuses anything invalid, naming every invalid field at once.
     */
    AskedPayment toPayment(String tenantId, Channel decidedChannel) {
        Violations violations = new Violations();
        refuseUnexpected("", unexpected, violations);
        Optional<SavedCardId> savedCardId = Optional.empty();
        PspAlias pspAlias = null;
        if (alias != null && cardId != null) {
            violations.add("cardId: must not be given with alias; name the card either by its alias from card entry"
                    + " or by the cardId of a saved card");
        } else if (cardId != null) {
            savedCardId = Optional.ofNullable(violations.check(() -> SavedCardId.parse(cardId)));
        } else if (alias != null) {
            pspAlias = violations.check(() -> new PspAlias(alias));
        } else {
            violations.add("alias: is required, or cardId to pay with a saved card");
        }
        PspAlias chargedAlias = pspAlias;
        String decimal = violations.check(() -> plainDecimal(amount));
        // with an invalid amount the currency is still checked; the amount is not reported twice
        Money money = violations.check(() -> Money.parse(decimal, currency));
        Optional<ThreeDSecureRequest> authentication = violations.check(() -> threeDSecureFor(decidedChannel));
        PaymentDetails details = violations.check(() -> new PaymentDetails(tenantId, operation, chargedAlias, money,
                orderReference, customerId, decidedChannel, Boolean.TRUE.equals(saveCard), null));
        violations.throwIfAny();
        return new AskedPayment(details, savedCardId, authentication);
    }

    private Optional<ThreeDSecureRequest> threeDSecureFor(Channel decidedChannel) {
        boolean eCommerce = decidedChannel == Channel.WEB || decidedChannel == Channel.MOBILE;
        if (!eCommerce) {
            if (threeDSecure != null) {
                throw new InvalidPaymentException("threeDSecure: is only for WEB and MOBILE payments");
            }
            return Optional.empty();
        }
        if (threeDSecure == null) {
            throw new InvalidPaymentException(
                    "threeDSecure: is required for a WEB or MOBILE payment (return URLs and the buyer's browser)");
        }
        Violations violations = new Violations();
        refuseUnexpected("threeDSecure.", threeDSecure.unexpected(), violations);
        BrowserData data = threeDSecure.browser();
        if (data != null) {
            refuseUnexpected("threeDSecure.browser.", data.unexpected(), violations);
        }
        BuyerBrowser browser = data == null ? null : violations.check(() -> new BuyerBrowser(data.acceptHeader(),
                data.userAgent(), data.language(), data.colorDepth(), data.javaEnabled(), data.screenHeight(),
                data.screenWidth(), data.timeZoneOffsetMinutes()));
        ThreeDSecureRequest request = violations.check(() -> ThreeDSecureRequest.of(browser,
                threeDSecure.acceptUrl(), threeDSecure.declineUrl(), threeDSecure.exceptionUrl()));
        if (data != null && browser == null) {
            violations.add("threeDSecure.browser: is invalid");
        }
        violations.throwIfAny();
        return Optional.of(request);
    }

    private static String plainDecimal(Object amount) {
        if (amount == null) {
            return null;
        }
        if (!(amount instanceof String text) || !PLAIN_DECIMAL.matcher(text).matches()) {
            throw new InvalidPaymentException(
                    "amount: must be a plain decimal string such as \"82.50\" (no number, exponent, sign or spaces)");
        }
        return text;
    }

    private static void refuseUnexpected(String prefix, Map<String, Object> fields, Violations violations) {
        for (String name : fields.keySet()) {
            String field = prefix + printable(name);
            if (prefix.isEmpty() && name.equals("card")) {
                violations.add("card: the card's details come from card entry or the saved card, never from the"
                        + " request; send only its alias or its cardId");
            } else {
                violations.add(looksLikeCardSecret(name)
                        ? field + ": card numbers and security codes are never accepted; pay with the PSP alias"
                        : field + ": is not a field of a payment request");
            }
        }
    }

    private static boolean looksLikeCardSecret(String name) {
        String normalised = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        return normalised.matches(".*(cvv|cvc|cvn|cid|securitycode|cardnumber|cardno|pan|number).*");
    }

    private static String printable(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
    }
}
