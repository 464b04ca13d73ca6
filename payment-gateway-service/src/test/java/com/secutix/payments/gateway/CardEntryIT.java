package com.secutix.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.ogone.ShaAlgorithm;
import com.secutix.payments.gateway.ogone.ShaSignature;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** {@code POST /card-entry/forms} and {@code POST /card-entry/results} over HTTP, with the demo tenant's account. */
class CardEntryIT extends GatewayIntegrationTest {

    private static final String SHA_IN = "Demo-SHA-IN-passphrase-2026";
    private static final String SHA_OUT = "Demo-SHA-OUT-passphrase-2026";
    private static final String ALIAS = "6F1C2B3A4D5E6F708192A3B4C5D6E7F8";

    private final String token = TestTokens.customer(Tenants.DEMO, "customer-" + UUID.randomUUID());

    static Map<String, Object> formRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderReference", "ORD-" + UUID.randomUUID());
        body.put("acceptUrl", "https://shop.example/card/accept");
        body.put("exceptionUrl", "https://shop.example/card/exception");
        return body;
    }

    private WebTestClient.ResponseSpec postForm(String token, Object body) {
        return http.post().uri("/card-entry/forms")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec postResult(String token, Map<String, String> redirect) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        redirect.forEach(form::add);
        return http.post().uri("/card-entry/results")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange();
    }

    /** A redirect as the Alias Gateway sends it: signed with SHA-OUT, then the PARAMPLUS fields. */
    static Map<String, String> signedRedirect(Map<String, String> feedback) {
        Map<String, String> redirect = new LinkedHashMap<>(feedback);
        redirect.put("SHASIGN", ShaSignature.of(feedback, SHA_OUT, ShaAlgorithm.SHA512));
        redirect.put("session", "abc");
        return redirect;
    }

    static Map<String, String> feedback(String status) {
        Map<String, String> feedback = new LinkedHashMap<>();
        feedback.put("ALIAS", ALIAS);
        feedback.put("CARDNO", "XXXXXXXXXXXX1111");
        feedback.put("CN", "Alice Martin");
        feedback.put("ED", "1230");
        feedback.put("BRAND", "VISA");
        feedback.put("ORDERID", "C2QO15D435ONJX8EOODHGCPWZI");
        feedback.put("STATUS", status);
        feedback.put("NCERROR", "0");
        feedback.put("NCERRORCARDNO", "0");
        feedback.put("NCERRORCN", "0");
        feedback.put("NCERRORCVC", "0");
        feedback.put("NCERRORED", "0");
        return feedback;
    }

    @SuppressWarnings("unchecked")
    private static String detailOf(WebTestClient.ResponseSpec response, HttpStatus expected) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", expected.value());
        return String.valueOf(problem.get("detail")) + " " + problem.get("errors");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_customer_gets_a_form_signed_over_exactly_its_fields() {
        Map<String, Object> request = formRequest();
        request.put("paramPlus", "session=abc");

        Map<String, Object> answer = postForm(token, request).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(answer).containsEntry("action", ogone.baseUrl() + "alias_gateway_utf8.asp");
        Map<String, String> fields = (Map<String, String>) answer.get("fields");
        assertThat(fields).containsOnlyKeys("PSPID", "ORDERID", "ACCEPTURL", "EXCEPTIONURL",
                "ALIASPERSISTEDAFTERUSE", "PARAMPLUS", "SHASIGN");
        assertThat(fields).containsEntry("PSPID", "SECUTIXDEMO").containsEntry("ALIASPERSISTEDAFTERUSE", "Y")
                .containsEntry("ACCEPTURL", "https://shop.example/card/accept");
        assertThat(fields.get("ORDERID")).matches("C[0-9A-Z]{25}");
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.remove("SHASIGN");
        assertThat(fields.get("SHASIGN")).isEqualTo(ShaSignature.of(signed, SHA_IN, ShaAlgorithm.SHA512));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_same_order_gets_the_same_orderid_and_an_alias_to_update_is_in_the_form() {
        Map<String, Object> request = formRequest();
        Map<String, Object> first = postForm(TestTokens.boxOffice(Tenants.DEMO), request).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        request.put("alias", ALIAS);
        Map<String, Object> second = postForm(TestTokens.salesSystem(Tenants.DEMO), request).expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody();

        Map<String, String> firstFields = (Map<String, String>) first.get("fields");
        Map<String, String> secondFields = (Map<String, String>) second.get("fields");
        assertThat(secondFields.get("ORDERID")).isEqualTo(firstFields.get("ORDERID"));
        assertThat(secondFields).containsEntry("ALIAS", ALIAS);
        assertThat(secondFields.get("SHASIGN")).isNotEqualTo(firstFields.get("SHASIGN"));
    }

    @Test
    void a_relative_accept_url_is_refused_naming_the_field() {
        Map<String, Object> request = formRequest();
        request.put("acceptUrl", "/card/accept");

        assertThat(detailOf(postForm(token, request), HttpStatus.BAD_REQUEST))
                .contains("acceptUrl: must be an absolute http or https URL");
    }

    @Test
    void a_missing_order_reference_or_exception_url_is_refused() {
        Map<String, Object> request = formRequest();
        request.remove("orderReference");
        assertThat(detailOf(postForm(token, request), HttpStatus.BAD_REQUEST)).contains("orderReference: is required");

        Map<String, Object> other = formRequest();
        other.put("exceptionUrl", "mailto:shop@example.com");
        assertThat(detailOf(postForm(token, other), HttpStatus.BAD_REQUEST)).contains("exceptionUrl:");
    }

    @Test
    void a_card_number_in_the_form_request_is_refused_and_not_echoed() {
        Map<String, Object> request = formRequest();
        request.put("cardNumber", "4111111111111111");

        String detail = detailOf(postForm(token, request), HttpStatus.BAD_REQUEST);

        assertThat(detail).contains("cardNumber: is not a field of a card-entry request");
        assertThat(CardDataScanner.scan(detail)).isEmpty();
    }

    @Test
    void malformed_json_is_a_bad_request() {
        detailOf(postForm(token, "{\"orderReference\": "), HttpStatus.BAD_REQUEST);
    }

    @Test
    void card_entry_needs_a_token_and_a_paying_role() {
        postForm(null, formRequest()).expectStatus().isUnauthorized();
        postResult(null, signedRedirect(feedback("0"))).expectStatus().isUnauthorized();
        postForm(TestTokens.admin(Tenants.DEMO), formRequest()).expectStatus().isForbidden();
        postResult(TestTokens.admin(Tenants.DEMO), signedRedirect(feedback("0"))).expectStatus().isForbidden();
    }

    @Test
    void a_tenant_without_psp_account_gets_422_for_forms_and_results() {
        String otherTenant = TestTokens.customer(Tenants.OTHER, "customer-x");

        assertThat(detailOf(postForm(otherTenant, formRequest()), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("no PSP account");
        assertThat(detailOf(postResult(otherTenant, signedRedirect(feedback("0"))), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("no PSP account");
    }

    @Test
    void a_signed_redirect_gives_the_alias_and_the_masked_card() {
        postResult(token, signedRedirect(feedback("0"))).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alias").isEqualTo(ALIAS)
                .jsonPath("$.status").isEqualTo("CREATED")
                .jsonPath("$.card.brand").isEqualTo("VISA")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.card.expiry").isEqualTo("12/30")
                .jsonPath("$.card.holderName").isEqualTo("Alice Martin");
    }

    @Test
    void a_signed_redirect_in_json_with_mixed_case_names_is_read_too() {
        Map<String, String> redirect = new LinkedHashMap<>();
        signedRedirect(feedback("2")).forEach((name, value) -> redirect.put(
                name.equals("ORDERID") ? "orderID" : name.equals("SHASIGN") ? "SHASign" : name, value));

        http.post().uri("/card-entry/results").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("parameters", redirect))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UPDATED").jsonPath("$.alias").isEqualTo(ALIAS);
    }

    @Test
    void a_tampered_redirect_reveals_nothing_but_the_signature_mismatch() {
        Map<String, String> redirect = signedRedirect(feedback("0"));
        redirect.put("ALIAS", "SOMEONE-ELSES-ALIAS");

        String detail = detailOf(postResult(token, redirect), HttpStatus.BAD_REQUEST);

        assertThat(detail).startsWith("signature does not match").doesNotContain("ALIAS").doesNotContain(ALIAS);
    }

    @Test
    void a_redirect_without_signature_is_refused() {
        Map<String, String> redirect = signedRedirect(feedback("0"));
        redirect.remove("SHASIGN");

        assertThat(detailOf(postResult(token, redirect), HttpStatus.BAD_REQUEST)).startsWith("signature does not match");
    }

    @Test
    void a_card_refused_by_the_psp_is_422_naming_the_fields() {
        Map<String, String> feedback = feedback("1");
        feedback.put("NCERROR", "55555555");
        feedback.put("NCERRORCARDNO", "30141001");
        feedback.put("NCERRORED", "50001183");

        String detail = detailOf(postResult(token, signedRedirect(feedback)), HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(detail).contains("the card number is not a valid card number (30141001)")
                .contains("the expiry date is in the past: the card has expired (50001183)")
                .doesNotContain("security code");
    }

    @Test
    void a_full_card_number_in_a_signed_redirect_is_refused_and_never_echoed() {
        Map<String, String> feedback = feedback("0");
        feedback.put("CARDNO", "4111111111111111");

        String detail = detailOf(postResult(token, signedRedirect(feedback)), HttpStatus.BAD_REQUEST);

        assertThat(detail).contains("CARDNO: is not a masked card number").doesNotContain("1111");
        assertThat(CardDataScanner.scan(detail)).isEmpty();
    }
}
