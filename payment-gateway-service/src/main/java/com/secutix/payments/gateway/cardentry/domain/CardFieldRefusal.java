package com.secutix.payments.gateway.cardentry.domain;

import java.util.Map;

/** A card field the Alias Gateway refused, from its NCERRORCARDNO / NCERRORCN / NCERRORED / NCERRORCVC code. */
public record CardFieldRefusal(CardField field, String code) {

    /** The card fields the buyer types, with the redirect parameter carrying each one's error code. */
    public enum CardField {
        CARD_NUMBER("NCERRORCARDNO", "card number", "was refused"),
        HOLDER_NAME("NCERRORCN", "card holder's name", "was refused"),
        EXPIRY_DATE("NCERRORED", "expiry date", "was refused"),
        SECURITY_CODE("NCERRORCVC", "security code", "was refused");

        private final String parameter;
        private final String label;
        private final String otherwise;

        CardField(String parameter, String label, String otherwise) {
            this.parameter = parameter;
            this.label = label;
            this.otherwise = otherwise;
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }
    }

    /** The Alias Gateway's field codes (Ogone's error list, as the PSP simulator's README gives them). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("50001178", "is missing"),
            Map.entry("50001177", "is not numeric"),
            Map.entry("30141001", "is not a valid card number"),
            Map.entry("50001001", "belongs to no known brand"),
            Map.entry("50001069", "does not match the brand"),
            Map.entry("60001057", "is missing"),
            Map.entry("50001174", "is too long (35 characters at most)"),
            Map.entry("31061001", "is not a valid date (MMYY)"),
            Map.entry("50001183", "is in the past: the card has expired"),
            Map.entry("50001066", "is not valid (3 digits, 4 for American Express)"));

    public String message() {
        return "the " + field.label + " " + REASONS.getOrDefault(code, field.otherwise) + " (" + code + ")";
    }
}
