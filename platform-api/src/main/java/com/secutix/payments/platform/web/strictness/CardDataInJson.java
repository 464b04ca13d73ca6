package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.events.CardSummary;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds card data in a JSON document, which none of our APIs ever accepts: a field named like a card number
 * ({@code cardNumber}, {@code card_no}, {@code PAN}...) or a security code ({@code cvv}, {@code CVC2},
 * {@code security-code}...), in any case and with any separator, at any depth; or a card number written in a
 * string value, in a number, or in a field name ({@link CardNumbers}, the platform's one rule: 13 to 19 digits, in
 * one piece or in groups, a card network's prefix and the Luhn check, so a PSP reference such as a {@code PAYID}
 * or an order number is not one).
 * <p>
 * One exception, the PSP's own words: a field named like a card number whose value is a <em>masked</em> number
 * ({@link CardSummary#isMasked}: {@code XXXXXXXXXXXX1111}) passes, because the Alias Gateway's redirect, which a
 * page forwards to the gateway as JSON ({@code {"parameters": {"CARDNO": "XXXXXXXXXXXX1111", ...}}}), shows the card
 * that way. It is not a card number.
 * <p>
 * A finding names the field by its path ({@code buyer.cards[0].pan}), never the value; a field name that is
 * itself a card number is not repeated. A document that is not valid JSON yields nothing: the codec refuses it
 * with its own precise message.
 */
public final class CardDataInJson {

    /** Field names, lower case without separators, that mean a card number. */
    static final Set<String> CARD_NUMBER_NAMES = Set.of("cardnumber", "cardno", "cardnum", "pan", "ccnumber",
            "creditcardnumber", "primaryaccountnumber", "accountnumberpan");
    /** Field names, lower case without separators, that mean a card security code. */
    static final Set<String> SECURITY_CODE_NAMES = Set.of("cvv", "cvv2", "cvc", "cvc2", "cvn", "cvn2", "csc",
            "securitycode", "cardsecuritycode", "cardverificationcode", "cardverificationvalue", "cardcvv", "cardcvc");

    static final String NEVER_ACCEPTED = "card numbers and security codes are never accepted; card data goes to the"
            + " PSP only (its Alias Gateway), and a card is named by its alias or its saved card's id";
    /** What a field name that is itself a card number is shown as. */
    static final String HIDDEN_NAME = "[a card number]";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private CardDataInJson() {
    }

    /** Why a document was refused: the field's path and what it says about that field. */
    public record Finding(String field, String message) {
    }

    /** The first card datum of the document, if any. */
    public static Optional<Finding> firstIn(byte[] json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Optional<Finding> finding = switch (token) {
                    case PROPERTY_NAME -> name(parser);
                    case VALUE_STRING -> value(parser, parser.getString());
                    case VALUE_NUMBER_INT -> value(parser, parser.getText());
                    default -> Optional.empty();
                };
                if (finding.isPresent()) {
                    return finding;
                }
            }
            return Optional.empty();
        } catch (JacksonException notJson) {
            // the codec answers it with its own message; nothing of it is kept here
            return Optional.empty();
        }
    }

    /** Whether a field of this name would be refused whatever its value (a masked number aside). */
    public static boolean isCardDataName(String name) {
        String normalised = normalised(name);
        return CARD_NUMBER_NAMES.contains(normalised) || SECURITY_CODE_NAMES.contains(normalised);
    }

    private static Optional<Finding> name(JsonParser parser) {
        String name = parser.currentName();
        if (!CardNumbers.findIn(name).isEmpty()) {
            return Optional.of(new Finding(pathOf(parser.streamReadContext()), "is a card number; " + NEVER_ACCEPTED));
        }
        String normalised = normalised(name);
        if (SECURITY_CODE_NAMES.contains(normalised)) {
            return Optional.of(new Finding(pathOf(parser.streamReadContext()), NEVER_ACCEPTED));
        }
        if (CARD_NUMBER_NAMES.contains(normalised)) {
            String path = pathOf(parser.streamReadContext());
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING && CardSummary.isMasked(parser.getString())) {
                return Optional.empty();
            }
            return Optional.of(new Finding(path, NEVER_ACCEPTED));
        }
        return Optional.empty();
    }

    private static Optional<Finding> value(JsonParser parser, String text) {
        if (CardNumbers.findIn(text).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(pathOf(parser.streamReadContext()), "holds a card number; " + NEVER_ACCEPTED));
    }

    /** Lower case, letters and digits only: every field name of every request goes through it, so no regex. */
    static String normalised(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * {@code buyer.cards[0].pan} for the value or name the parser is at; {@code (body)} for the document itself (a
     * card number as the whole body).
     */
    static String pathOf(TokenStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.inObject()) {
                String name = at.currentName();
                segments.push("." + (name == null ? "" : !CardNumbers.findIn(name).isEmpty() ? HIDDEN_NAME : printable(name)));
            }
        }
        String path = String.join("", segments);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "(body)" : path;
    }

    /** A name as a problem may show it: no control, markup or invisible character, at most 64 characters. */
    private static String printable(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}_.\\-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "..." : safe;
    }
}
