package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Every bad request gets a precise problem+json answer, and nothing is stored or sent to the PSP. */
class PaymentValidationIT extends GatewayIntegrationTest {

    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.salesSystem(Tenants.DEMO);
    private long paymentsBefore;

    @BeforeEach
    void countPayments() {
        new OgoneStub(ogone).orderAnswers(status(9, "3017001"));
        paymentsBefore = count("select count(*) from payments", Map.of());
    }

    @AfterEach
    void nothingWasStoredOrSent() {
        assertThat(count("select count(*) from payments", Map.of())).isEqualTo(paymentsBefore);
        assertThat(new OgoneStub(ogone).orders()).isZero();
    }

    private String problem(String token, String key, Object body, HttpStatus expected) {
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = http.post().uri("/payments")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", expected.value());
        return problem.get("detail") + "\n" + fieldsOf(problem);
    }

    /** The problem's errors as {@code field: message} lines. */
    @SuppressWarnings("unchecked")
    private static String fieldsOf(Map<String, Object> problem) {
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.getOrDefault("errors", List.of());
        return errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .collect(Collectors.joining("\n"));
    }

    private String badRequest(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = saleFor(customer, cardOnFile(customer));
        change.accept(body);
        return problem(token, anyKey(), body, HttpStatus.BAD_REQUEST);
    }

    @Test
    void malformed_json() {
        assertThat(problem(token, anyKey(), "{\"alias\": \"A1\", \"amount\": ", HttpStatus.BAD_REQUEST)).isNotBlank();
    }

    @Test
    void every_invalid_field_is_named_in_one_answer() {
        String problem = badRequest(body -> {
            body.remove("alias");
            body.put("amount", "-5");
            body.put("currency", "EURO");
            body.remove("orderReference");
            ((Map<String, Object>) body.get("threeDSecure")).put("acceptUrl", "javascript:alert(1)");
        });

        assertThat(problem.lines().skip(1))
                .containsExactlyInAnyOrder("alias: is required, or cardId to pay with a saved card",
                        "amount: must be a plain decimal string such as \"82.50\" (no number, exponent, sign or spaces)",
                        "currency: EURO is not an ISO 4217 currency",
                        "threeDSecure.acceptUrl: must be an absolute http or https URL without credentials",
                        "orderReference: is required");
        assertThat(problem).startsWith("alias: is required, or cardId to pay with a saved card."
                + " amount: must be a plain decimal string");
    }

    @Test
    void missing_alias() {
        assertThat(badRequest(body -> body.remove("alias")))
                .contains("alias: is required, or cardId to pay with a saved card");
    }

    @Test
    void an_alias_and_a_card_id_together() {
        assertThat(badRequest(body -> body.put("cardId", UUID.randomUUID().toString())))
                .contains("cardId: must not be given with alias");
    }

    @Test
    void a_card_id_that_is_not_a_uuid() {
        assertThat(badRequest(body -> {
            body.remove("alias");
            body.put("cardId", "1-2-3-4-5");
        })).contains("cardId: must be the id of a saved card, a UUID");
    }

    @Test
    void missing_amount() {
        assertThat(badRequest(body -> body.remove("amount"))).contains("amount: is required");
    }

    @Test
    void missing_order_reference() {
        assertThat(badRequest(body -> body.remove("orderReference"))).contains("orderReference: is required");
    }

    @Test
    void zero_amount() {
        assertThat(badRequest(body -> body.put("amount", "0.00"))).contains("amount: must be greater than zero");
    }

    @Test
    void negative_amount() {
        assertThat(badRequest(body -> body.put("amount", "-5.00"))).contains("amount: must be a plain decimal string");
    }

    @Test
    void an_amount_as_a_json_number_is_refused() {
        assertThat(badRequest(body -> body.put("amount", 1000))).contains("amount: must be a plain decimal string");
    }

    @Test
    void an_amount_with_an_exponent_is_refused_not_charged_as_1000() {
        assertThat(badRequest(body -> body.put("amount", "1e3"))).contains("amount: must be a plain decimal string");
    }

    @Test
    void an_amount_with_spaces_is_refused() {
        assertThat(badRequest(body -> body.put("amount", " 5.00"))).contains("amount: must be a plain decimal string");
    }

    @Test
    void a_web_payment_without_3_d_secure_data_is_refused() {
        assertThat(badRequest(body -> body.remove("threeDSecure")))
                .contains("threeDSecure: is required for a WEB or MOBILE payment");
    }

    @Test
    void a_3_d_secure_return_address_off_the_tenants_list_is_refused() {
        assertThat(badRequest(body -> ((Map<String, Object>) body.get("threeDSecure"))
                .put("acceptUrl", "https://phishing.example/collect")))
                .contains("threeDSecure.acceptUrl: is not one of this tenant's return addresses");
    }

    @Test
    void an_incomplete_browser_is_refused_field_by_field() {
        String problem = badRequest(body -> {
            Map<String, Object> browser = (Map<String, Object>) ((Map<String, Object>) body.get("threeDSecure"))
                    .get("browser");
            browser.put("colorDepth", 23);
            browser.remove("userAgent");
        });

        assertThat(problem).contains("threeDSecure.browser.colorDepth: must be one of")
                .contains("threeDSecure.browser.userAgent: is required");
    }

    @Test
    void amount_that_is_not_a_number() {
        assertThat(badRequest(body -> body.put("amount", "lots"))).contains("amount");
    }

    @Test
    void unknown_currency() {
        assertThat(badRequest(body -> body.put("currency", "EURO"))).contains("currency: EURO is not an ISO 4217");
    }

    @Test
    void too_many_decimals() {
        assertThat(badRequest(body -> body.put("amount", "82.505"))).contains("EUR allows at most 2 decimals");
    }

    @Test
    void a_three_decimal_amount_the_psp_cannot_take() {
        assertThat(badRequest(body -> {
            body.put("amount", "1.234");
            body.put("currency", "BHD");
        })).contains("the PSP takes BHD amounts with at most 2 decimals");
    }

    @Test
    void over_long_strings() {
        assertThat(badRequest(body -> body.put("orderReference", "R".repeat(65))))
                .contains("orderReference: must be at most 64 characters");
        assertThat(badRequest(body -> body.put("alias", "A".repeat(51)))).contains("alias: must be at most 50");
    }

    @Test
    void unknown_channel() {
        assertThat(badRequest(body -> body.put("channel", "FAX"))).contains("channel");
    }

    @Test
    void a_full_card_number_field_is_refused_and_never_echoed() {
        String detail = badRequest(body -> body.put("cardNumber", "4111111111111111"));

        assertThat(detail).contains("cardNumber: card numbers and security codes are never accepted")
                .doesNotContain("4111111111111111");
        assertThat(CardDataScanner.scan(detail)).isEmpty();
    }

    @Test
    void a_cvv_field_is_refused() {
        assertThat(badRequest(body -> body.put("cvv", "123")))
                .contains("cvv: card numbers and security codes are never accepted");
    }

    @Test
    void card_details_sent_by_the_caller_are_refused_and_never_echoed() {
        String detail = badRequest(body -> body.put("card", Map.of("brand", "VISA",
                "maskedNumber", "4111111111111111", "expiry", "12/30", "holderName", "Mallory")));

        // refused by the platform before the gateway reads it (web.strictness, NoCardDataInRequests); a masked number
        // there would get the gateway's own "card: the card's details come from card entry" (PayRequestTest)
        assertThat(detail).contains("card.maskedNumber: holds a card number").doesNotContain("4111111111111111");
    }

    @Test
    void a_card_that_has_expired() {
        Map<String, Object> body = saleFor(customer, cardOnFile(Tenants.DEMO, customer, "01/20"));

        assertThat(problem(token, anyKey(), body, HttpStatus.BAD_REQUEST))
                .contains("alias: the card expired at the end of 01/20");
    }

    @Test
    void missing_idempotency_key() {
        assertThat(problem(token, null, saleFor(customer, cardOnFile(customer)), HttpStatus.BAD_REQUEST)).contains("Idempotency-Key");
    }

    @Test
    void no_token() {
        problem(null, anyKey(), saleFor(customer, cardOnFile(customer)), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void expired_token() {
        problem(TestTokens.expired(Tenants.DEMO, customer), anyKey(), saleFor(customer, cardOnFile(customer)), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_tenant_without_psp_account() {
        String otherTenantCustomer = TestTokens.salesSystem(Tenants.OTHER);

        assertThat(problem(otherTenantCustomer, anyKey(), saleFor(customer, cardOnFile(customer)), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("no PSP account");
    }

    @Test
    void a_role_that_does_not_take_payments() {
        problem(TestTokens.admin(Tenants.DEMO), anyKey(), saleFor(customer, cardOnFile(customer)), HttpStatus.FORBIDDEN);
    }
}
