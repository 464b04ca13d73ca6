package com.secutix.payments.gateway.cardentry.domain;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.gateway.displaytext.DisplayText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a page asks for to let the buyer enter a card at the PSP: the order it is for, the customer the card
 * is for, where the PSP sends the browser back, optionally pass-through parameters, and at most one of: the
 * customer's alias to update, or the id of the customer's saved card whose security code the buyer types again
 * (a CVV re-entry), or the id of the customer's saved card whose details (expiry, holder) the buyer changes
 * ({@code updatesCardId}: an alias update of that card, resolved by the gateway, never an alias given by the caller).
 * Whether the caller may enter a card for that customer, whether the alias or the saved card is the customer's and
 * whether the return addresses are the tenant's is decided by {@code PrepareCardEntry}, not here.
 */
public record CardEntryRequest(String orderReference, String customerId, URI acceptUrl, URI exceptionUrl,
        Optional<String> alias, Optional<String> paramPlus, Optional<UUID> savedCardId, Optional<UUID> updatesCardId) {

    public static final int MAX_REFERENCE_LENGTH = 64;
    /** Ogone's limits: URLs 200 characters, ALIAS 50, PARAMPLUS 1000. */
    static final int MAX_URL_LENGTH = 200;
    static final int MAX_ALIAS_LENGTH = 50;
    static final int MAX_PARAMPLUS_LENGTH = 1000;
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_.-]+");
    /** A saved card's id in its canonical form only ({@link UUID#fromString} would also take {@code 1-2-3-4-5}). */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public CardEntryRequest {
        alias = alias == null ? Optional.empty() : alias;
        paramPlus = paramPlus == null ? Optional.empty() : paramPlus;
        savedCardId = savedCardId == null ? Optional.empty() : savedCardId;
        updatesCardId = updatesCardId == null ? Optional.empty() : updatesCardId;
        if (alias.isPresent() && savedCardId.isPresent()) {
            throw new InvalidCardEntryException("cardId: must not be given with alias; a card entry updates an alias"
                    + " or asks a saved card's security code again, not both");
        }
        if (updatesCardId.isPresent() && (alias.isPresent() || savedCardId.isPresent())) {
            throw new InvalidCardEntryException("updatesCardId: must not be given with alias or cardId; a card entry"
                    + " updates one saved card's details, updates an alias or asks a security code again, one of them");
        }
    }

    public CardEntryRequest(String orderReference, String customerId, URI acceptUrl, URI exceptionUrl,
            Optional<String> alias, Optional<String> paramPlus, Optional<UUID> savedCardId) {
        this(orderReference, customerId, acceptUrl, exceptionUrl, alias, paramPlus, savedCardId, Optional.empty());
    }

    /** Validates the raw fields; the first broken rule is refused, naming the field. */
    public static CardEntryRequest of(String orderReference, String customerId, String acceptUrl,
            String exceptionUrl, String alias, String paramPlus) {
        return of(orderReference, customerId, acceptUrl, exceptionUrl, alias, paramPlus, null);
    }

    /** The same, with the id of the saved card whose security code the buyer types again ({@code cardId}). */
    public static CardEntryRequest of(String orderReference, String customerId, String acceptUrl,
            String exceptionUrl, String alias, String paramPlus, String cardId) {
        return of(orderReference, customerId, acceptUrl, exceptionUrl, alias, paramPlus, cardId, null);
    }

    /** The same, with the id of the saved card whose details the buyer changes ({@code updatesCardId}). */
    public static CardEntryRequest of(String orderReference, String customerId, String acceptUrl,
            String exceptionUrl, String alias, String paramPlus, String cardId, String updatesCardId) {
        return new CardEntryRequest(text("orderReference", orderReference, MAX_REFERENCE_LENGTH),
                text("customerId", customerId, MAX_REFERENCE_LENGTH), absoluteHttpUrl("acceptUrl", acceptUrl), absoluteHttpUrl("exceptionUrl", exceptionUrl),
                optionalAlias(alias), optionalParamPlus(paramPlus), optionalCardId("cardId", cardId),
                optionalCardId("updatesCardId", updatesCardId));
    }

    /** Whether the buyer changes a saved card's details (expiry, holder) rather than entering a card. */
    public boolean isSavedCardUpdate() {
        return updatesCardId.isPresent();
    }

    /** Whether the buyer types a saved card's security code again rather than a card. */
    public boolean isCvvReentry() {
        return savedCardId.isPresent();
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCardEntryException(field + ": is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidCardEntryException(field + ": must be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl) || DisplayText.hasInvisibleControls(value)) {
            throw new InvalidCardEntryException(field + ": must not contain control characters");
        }
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new InvalidCardEntryException(field + ": looks like a card number, which is never accepted");
        }
        return value;
    }

    private static URI absoluteHttpUrl(String field, String value) {
        text(field, value, MAX_URL_LENGTH);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidCardEntryException(field + ": is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidCardEntryException(field + ": must be an absolute http or https URL");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidCardEntryException(field + ": must not contain user credentials");
        }
        return uri;
    }

    private static Optional<String> optionalAlias(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        text("alias", alias, MAX_ALIAS_LENGTH);
        if (!ALIAS.matcher(alias).matches()) {
            throw new InvalidCardEntryException("alias: only letters, digits, '_', '.' and '-' are allowed");
        }
        return Optional.of(alias);
    }

    private static Optional<UUID> optionalCardId(String field, String cardId) {
        if (cardId == null) {
            return Optional.empty();
        }
        if (!CANONICAL_UUID.matcher(cardId).matches()) {
            throw new InvalidCardEntryException(field
                    + ": must be the id of a saved card, a UUID such as 6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");
        }
        return Optional.of(UUID.fromString(cardId));
    }

    private static Optional<String> optionalParamPlus(String paramPlus) {
        if (paramPlus == null || paramPlus.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text("paramPlus", paramPlus, MAX_PARAMPLUS_LENGTH));
    }
}
