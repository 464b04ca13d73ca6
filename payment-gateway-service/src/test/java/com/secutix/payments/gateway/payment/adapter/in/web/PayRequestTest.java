package com.secutix.payments.gateway.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.payment.domain.Channel;
import com.secutix.payments.gateway.payment.domain.InvalidPaymentException;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.platform.web.idempotency.RequestFingerprint;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A payment names its card one way: the alias from card entry, or the id of a saved card. */
class PayRequestTest {

    private static final String CARD_ID = "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8";

    /** A box-office sale of 82.50 EUR for alice (no 3-D Secure), naming its card as given. */
    private static PayRequest counterSale(String alias, String cardId) {
        return new PayRequest(null, alias, cardId, "82.50", "EUR", "ORD-42", "alice", null, false, null, Map.of());
    }

    private static PayRequest.AskedPayment asked(PayRequest request) {
        return request.toPayment("demo-theatre", Channel.BOX_OFFICE);
    }

    private static Iterable<String> violationsOf(PayRequest request) {
        try {
            asked(request);
        } catch (InvalidPaymentException invalid) {
            return invalid.violations();
        }
        throw new AssertionError("the request was accepted");
    }

    @Test
    void a_payment_with_an_alias_charges_that_alias_and_names_no_saved_card() {
        PayRequest.AskedPayment asked = asked(counterSale("ALIAS-1", null));

        assertThat(asked.details().alias()).isEqualTo(new PspAlias("ALIAS-1"));
        assertThat(asked.savedCardId()).isEmpty();
    }

    @Test
    void a_payment_with_a_card_id_names_the_saved_card_and_no_alias_until_the_card_is_looked_up() {
        PayRequest.AskedPayment asked = asked(counterSale(null, CARD_ID));

        assertThat(asked.savedCardId()).contains(new SavedCardId(UUID.fromString(CARD_ID)));
        assertThat(asked.details().alias()).isNull();
        assertThat(asked.details().card()).isNull();
    }

    @Test
    void a_card_id_in_capitals_names_the_same_saved_card() {
        PayRequest.AskedPayment asked = asked(counterSale(null, CARD_ID.toUpperCase()));

        assertThat(asked.savedCardId()).contains(new SavedCardId(UUID.fromString(CARD_ID)));
    }

    @Test
    void an_alias_and_a_card_id_together_are_refused_naming_both_fields() {
        assertThat(violationsOf(counterSale("ALIAS-1", CARD_ID))).singleElement().asString()
                .startsWith("cardId: must not be given with alias")
                .contains("either by its alias").contains("or by the cardId of a saved card");
    }

    @Test
    void an_empty_alias_with_a_card_id_is_still_two_cards_named() {
        assertThat(violationsOf(counterSale("", CARD_ID))).singleElement().asString()
                .startsWith("cardId: must not be given with alias");
    }

    @Test
    void neither_an_alias_nor_a_card_id_is_refused_saying_both_ways_to_name_the_card() {
        assertThat(violationsOf(counterSale(null, null)))
                .containsExactly("alias: is required, or cardId to pay with a saved card");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not-a-uuid", "1-2-3-4-5", "6f1c2b3a4d5e4f708192a3b4c5d6e7f8",
        "{6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8}", " 6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8",
        "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8x", "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7fg", "4111111111111111"})
    void a_card_id_that_is_not_a_uuid_is_refused(String cardId) {
        assertThat(violationsOf(counterSale(null, cardId)))
                .containsExactly("cardId: must be the id of a saved card, a UUID such as"
                        + " 6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");
    }

    @Test
    void a_malformed_card_id_is_named_with_every_other_invalid_field() {
        PayRequest request = new PayRequest(null, null, "not-a-uuid", "1e3", "EUR", null, "alice", null, false, null,
                Map.of());

        assertThat(violationsOf(request)).extracting(violation -> violation.split(":")[0])
                .containsExactlyInAnyOrder("cardId", "amount", "orderReference");
    }

    @Test
    void a_request_carrying_the_card_itself_is_told_to_send_its_alias_or_its_card_id() {
        PayRequest request = new PayRequest(null, null, CARD_ID, "82.50", "EUR", "ORD-42", "alice", null, false, null,
                Map.of("card", Map.of("maskedNumber", "XXXXXXXXXXXX1111")));

        assertThat(violationsOf(request)).singleElement().asString()
                .startsWith("card: the card's details come from card entry or the saved card")
                .endsWith("send only its alias or its cardId");
    }

    @Test
    void the_same_idempotency_key_with_another_card_id_is_another_request() {
        RequestFingerprint fingerprint = new RequestFingerprint(JsonMapper.builder().build());
        String otherCardId = "0e9d8c7b-6a59-4483-b271-605f4e3d2c1b";

        assertThat(fingerprint.of(asked(counterSale(null, CARD_ID))))
                .isEqualTo(fingerprint.of(asked(counterSale(null, CARD_ID))))
                .isNotEqualTo(fingerprint.of(asked(counterSale(null, otherCardId))))
                .isNotEqualTo(fingerprint.of(asked(counterSale("ALIAS-1", null))));
    }

    @Test
    void an_alias_payment_is_fingerprinted_as_before_saved_cards_could_be_paid() {
        JsonNode aliasPayment = JsonMapper.builder().build().valueToTree(asked(counterSale("ALIAS-1", null)));

        assertThat(aliasPayment.has("savedCardId")).isFalse();
        assertThat(aliasPayment.propertyNames()).containsExactlyInAnyOrder("details", "threeDSecure");
    }
}
