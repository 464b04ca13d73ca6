package com.secutix.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.cardentry.adapter.out.r2dbc.ExpiredCardEntriesPurge;
import com.secutix.payments.gateway.ogone.ShaAlgorithm;
import com.secutix.payments.gateway.ogone.ShaSignature;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * {@code POST /card-entry/forms} and {@code POST /card-entry/results} over HTTP, with the demo tenant's account:
 * a form is a one-time exchange bound to its caller and customer, with our alias and the tenant's return
 * addresses; the test plays the PSP by signing the redirect with the SHA-OUT passphrase.
 */
class CardEntryIT extends GatewayIntegrationTest {

    private static final String SHA_IN = "Demo-SHA-IN-passphrase-2026";
    private static final String SHA_OUT = "Demo-SHA-OUT-passphrase-2026";
    /** The second demo tenant of the local profile, with a PSP account of its own. */
    private static final String STADIUM = "demo-stadium";
    private static final String STADIUM_SHA_OUT = "Demo-Stadium-SHA-OUT-passphrase-2026";

    @Autowired
    private ExpiredCardEntriesPurge expiredFormsPurge;

    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.customer(Tenants.DEMO, customer);

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

    /** The hidden fields of a new form signed for the caller. */
    @SuppressWarnings("unchecked")
    private Map<String, String> openForm(String token, Map<String, Object> request) {
        Map<String, Object> answer = postForm(token, request).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (Map<String, String>) answer.get("fields");
    }

    private Map<String, String> openForm(String token) {
        return openForm(token, formRequest());
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

    /** What the PSP answers for the form: its ORDERID and ALIAS, a VISA card. */
    static Map<String, String> feedback(Map<String, String> form, String status) {
        Map<String, String> feedback = new LinkedHashMap<>();
        feedback.put("ALIAS", form.get("ALIAS"));
        feedback.put("CARDNO", "XXXXXXXXXXXX1111");
        feedback.put("CN", "Alice Martin");
        feedback.put("ED", "1230");
        feedback.put("BRAND", "VISA");
        feedback.put("ORDERID", form.get("ORDERID"));
        feedback.put("STATUS", status);
        feedback.put("NCERROR", "0");
        feedback.put("NCERRORCARDNO", "0");
        feedback.put("NCERRORCN", "0");
        feedback.put("NCERRORCVC", "0");
        feedback.put("NCERRORED", "0");
        return feedback;
    }

    private Map<String, String> redirectFor(Map<String, String> form) {
        return signedRedirect(feedback(form, "0"));
    }

    @SuppressWarnings("unchecked")
    private static String detailOf(WebTestClient.ResponseSpec response, HttpStatus expected) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", expected.value());
        return String.valueOf(problem.get("detail")) + " " + problem.get("errors");
    }

    private long registrationsOf(String alias) {
        return count("select count(*) from card_registrations where psp_alias_digest = :alias", Map.of("alias", aliasDigest(alias)));
    }

    @Test
    void a_customer_gets_a_form_signed_over_exactly_its_fields_with_an_alias_of_ours() {
        Map<String, Object> request = formRequest();
        request.put("paramPlus", "session=abc");

        Map<String, Object> answer = postForm(token, request).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(answer).containsEntry("action", ogone.baseUrl() + "alias_gateway_utf8.asp");
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) answer.get("fields");
        assertThat(fields).containsOnlyKeys("PSPID", "ORDERID", "ACCEPTURL", "EXCEPTIONURL", "ALIAS",
                "ALIASPERSISTEDAFTERUSE", "PARAMPLUS", "SHASIGN");
        assertThat(fields).containsEntry("PSPID", "SECUTIXDEMO").containsEntry("ALIASPERSISTEDAFTERUSE", "Y")
                .containsEntry("ACCEPTURL", "https://shop.example/card/accept");
        assertThat(fields.get("ORDERID")).matches("C[0-9A-Z]{25}");
        assertThat(fields.get("ALIAS")).matches("[0-9A-F]{32}");
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.remove("SHASIGN");
        assertThat(fields.get("SHASIGN")).isEqualTo(ShaSignature.of(signed, SHA_IN, ShaAlgorithm.SHA512));
    }

    @Test
    void every_form_has_its_own_reference_and_alias() {
        Map<String, Object> request = formRequest();
        Map<String, String> first = openForm(token, request);
        Map<String, String> second = openForm(token, request);

        assertThat(second.get("ORDERID")).isNotEqualTo(first.get("ORDERID"));
        assertThat(second.get("ALIAS")).isNotEqualTo(first.get("ALIAS"));
    }

    @Test
    void a_signed_redirect_gives_the_alias_and_the_masked_card_and_registers_it_to_the_customer() {
        Map<String, String> form = openForm(token);

        postResult(token, redirectFor(form)).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alias").isEqualTo(form.get("ALIAS"))
                .jsonPath("$.status").isEqualTo("CREATED")
                .jsonPath("$.customerId").isEqualTo(customer)
                .jsonPath("$.card.brand").isEqualTo("VISA")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX1111")
                .jsonPath("$.card.expiry").isEqualTo("12/30")
                .jsonPath("$.card.holderName").isEqualTo("Alice Martin");

        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias and customer_id = :c",
                Map.of("alias", aliasDigest((String) form.get("ALIAS")), "c", customer))).isEqualTo(1);
    }

    @Test
    void staff_enter_a_card_for_the_customer_they_name() {
        Map<String, Object> request = formRequest();
        request.put("customerId", customer);
        String operator = TestTokens.operator(Tenants.DEMO);
        Map<String, String> form = openForm(operator, request);

        postResult(operator, redirectFor(form)).expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(customer);
    }

    @Test
    void staff_must_name_the_customer() {
        assertThat(detailOf(postForm(TestTokens.salesSystem(Tenants.DEMO), formRequest()), HttpStatus.BAD_REQUEST))
                .contains("customerId: is required");
    }

    @Test
    void a_customer_cannot_enter_a_card_for_another_customer() {
        Map<String, Object> request = formRequest();
        request.put("customerId", "someone-else");

        assertThat(detailOf(postForm(token, request), HttpStatus.BAD_REQUEST))
                .contains("customerId: a customer enters cards for themselves only");
    }

    @Test
    void a_redirect_is_accepted_once() {
        Map<String, String> form = openForm(token);
        postResult(token, redirectFor(form)).expectStatus().isOk();

        assertThat(detailOf(postResult(token, redirectFor(form)), HttpStatus.CONFLICT))
                .contains("This card entry has already been used");
    }

    @Test
    void a_redirect_redeemed_by_another_caller_is_refused_and_registers_nothing() {
        Map<String, String> form = openForm(token);

        String detail = detailOf(postResult(TestTokens.customer(Tenants.DEMO, "mallory"), redirectFor(form)),
                HttpStatus.NOT_FOUND);

        assertThat(detail).contains("No card entry with this ORDERID was started by this caller");
        assertThat(registrationsOf(form.get("ALIAS"))).isZero();
        postResult(token, redirectFor(form)).expectStatus().isOk();
    }

    @Test
    void a_redirect_for_another_tenants_form_is_unknown() {
        Map<String, String> form = openForm(token);
        String sameCustomerIdInTheStadium = TestTokens.customer(STADIUM, customer);
        Map<String, String> signedByTheStadiumsPsp = new LinkedHashMap<>(feedback(form, "0"));
        signedByTheStadiumsPsp.put("SHASIGN", ShaSignature.of(feedback(form, "0"), STADIUM_SHA_OUT, ShaAlgorithm.SHA512));

        assertThat(detailOf(postResult(sameCustomerIdInTheStadium, signedByTheStadiumsPsp), HttpStatus.NOT_FOUND))
                .contains("No card entry with this ORDERID was started by this caller");
        assertThat(detailOf(postResult(sameCustomerIdInTheStadium, redirectFor(form)), HttpStatus.BAD_REQUEST))
                .contains("signature does not match");
        assertThat(registrationsOf(form.get("ALIAS"))).isZero();
    }

    @Test
    void a_redirect_after_the_form_expired_is_refused_and_registers_nothing() {
        Map<String, String> form = openForm(token);
        database.sql("update card_entry_forms set expires_at = now() - interval '1 second' where reference = :r")
                .bind("r", form.get("ORDERID")).then().block();

        assertThat(detailOf(postResult(token, redirectFor(form)), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("This card entry has expired");
        assertThat(registrationsOf(form.get("ALIAS"))).isZero();
    }

    @Test
    void expired_forms_are_purged_and_open_ones_kept() {
        Map<String, String> expired = openForm(token);
        Map<String, String> open = openForm(token);
        database.sql("update card_entry_forms set expires_at = now() - interval '1 second' where reference = :r")
                .bind("r", expired.get("ORDERID")).then().block();

        expiredFormsPurge.purgeExpired().block();

        assertThat(count("select count(*) from card_entry_forms where reference = :r",
                Map.of("r", expired.get("ORDERID")))).isZero();
        assertThat(count("select count(*) from card_entry_forms where reference = :r",
                Map.of("r", open.get("ORDERID")))).isEqualTo(1);
    }

    @Test
    void a_redirect_whose_orderid_is_no_form_of_ours_is_refused() {
        Map<String, String> form = new LinkedHashMap<>(openForm(token));
        form.put("ORDERID", "ORD-NOT-OURS");

        assertThat(detailOf(postResult(token, redirectFor(form)), HttpStatus.BAD_REQUEST))
                .contains("ORDERID: is not the reference of a card entry of ours");
    }

    @Test
    void a_redirect_with_another_alias_than_the_forms_is_refused() {
        Map<String, String> form = new LinkedHashMap<>(openForm(token));
        form.put("ALIAS", "ALIAS-THE-CALLER-LIKES");

        assertThat(detailOf(postResult(token, redirectFor(form)), HttpStatus.BAD_REQUEST))
                .contains("ALIAS: is not the alias of this card entry");
        assertThat(registrationsOf("ALIAS-THE-CALLER-LIKES")).isZero();
    }

    @Test
    void a_return_url_off_the_tenants_list_is_refused() {
        Map<String, Object> request = formRequest();
        request.put("acceptUrl", "https://phishing.example/collect");

        assertThat(detailOf(postForm(token, request), HttpStatus.BAD_REQUEST))
                .contains("acceptUrl: is not one of this tenant's return addresses");
        Map<String, Object> other = formRequest();
        other.put("exceptionUrl", "https://shop.example.phishing.example/");
        assertThat(detailOf(postForm(token, other), HttpStatus.BAD_REQUEST))
                .contains("exceptionUrl: is not one of this tenant's return addresses");
    }

    @Test
    void the_customers_own_alias_can_be_updated_and_keeps_its_owner() {
        Map<String, String> first = openForm(token);
        postResult(token, redirectFor(first)).expectStatus().isOk();
        Map<String, Object> update = formRequest();
        update.put("alias", first.get("ALIAS"));

        Map<String, String> form = openForm(token, update);
        Map<String, String> feedback = feedback(form, "2");
        feedback.put("ED", "0131");
        postResult(token, signedRedirect(feedback)).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UPDATED").jsonPath("$.card.expiry").isEqualTo("01/31");

        assertThat(form.get("ALIAS")).isEqualTo(first.get("ALIAS"));
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :a and card_expiry = '01/31'"
                + " and customer_id = :c", Map.of("a", aliasDigest((String) first.get("ALIAS")), "c", customer))).isEqualTo(1);
    }

    @Test
    void an_alias_chosen_by_the_caller_or_another_customers_alias_is_refused() {
        Map<String, String> victims = openForm(TestTokens.customer(Tenants.DEMO, "victim"));
        postResult(TestTokens.customer(Tenants.DEMO, "victim"), redirectFor(victims)).expectStatus().isOk();

        Map<String, Object> overwrite = formRequest();
        overwrite.put("alias", victims.get("ALIAS"));
        assertThat(detailOf(postForm(token, overwrite), HttpStatus.NOT_FOUND))
                .contains("This customer has no card with this alias");
        Map<String, Object> chosen = formRequest();
        chosen.put("alias", "MY-FAVOURITE-ALIAS");
        assertThat(detailOf(postForm(token, chosen), HttpStatus.NOT_FOUND))
                .contains("This customer has no card with this alias");
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

        // refused by the platform before the gateway reads it (web.strictness, NoCardDataInRequests)
        assertThat(detail).contains("cardNumber: card numbers and security codes are never accepted");
        assertThat(CardDataScanner.scan(detail)).isEmpty();
    }

    @Test
    void malformed_json_is_a_bad_request() {
        detailOf(postForm(token, "{\"orderReference\": "), HttpStatus.BAD_REQUEST);
    }

    @Test
    void card_entry_needs_a_token_and_a_paying_role() {
        postForm(null, formRequest()).expectStatus().isUnauthorized();
        postResult(null, redirectFor(openForm(token))).expectStatus().isUnauthorized();
        postForm(TestTokens.admin(Tenants.DEMO), formRequest()).expectStatus().isForbidden();
        postResult(TestTokens.admin(Tenants.DEMO), redirectFor(openForm(token))).expectStatus().isForbidden();
    }

    @Test
    void a_tenant_without_psp_account_gets_422_for_forms_and_results() {
        String otherTenant = TestTokens.customer(Tenants.OTHER, "customer-x");

        assertThat(detailOf(postForm(otherTenant, formRequest()), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("no PSP account");
        assertThat(detailOf(postResult(otherTenant, redirectFor(openForm(token))), HttpStatus.UNPROCESSABLE_CONTENT))
                .contains("no PSP account");
    }

    @Test
    void a_signed_redirect_in_json_with_mixed_case_names_is_read_too() {
        Map<String, String> redirect = new LinkedHashMap<>();
        signedRedirect(feedback(openForm(token), "2")).forEach((name, value) -> redirect.put(
                name.equals("ORDERID") ? "orderID" : name.equals("SHASIGN") ? "SHASign" : name, value));

        http.post().uri("/card-entry/results").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("parameters", redirect))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UPDATED");
    }

    @Test
    void a_tampered_redirect_reveals_nothing_but_the_signature_mismatch() {
        Map<String, String> form = openForm(token);
        Map<String, String> redirect = redirectFor(form);
        redirect.put("ALIAS", "SOMEONE-ELSES-ALIAS");

        String detail = detailOf(postResult(token, redirect), HttpStatus.BAD_REQUEST);

        assertThat(detail).startsWith("signature does not match").doesNotContain("ALIAS").doesNotContain(form.get("ALIAS"));
    }

    @Test
    void a_redirect_without_signature_is_refused() {
        Map<String, String> redirect = redirectFor(openForm(token));
        redirect.remove("SHASIGN");

        assertThat(detailOf(postResult(token, redirect), HttpStatus.BAD_REQUEST)).startsWith("signature does not match");
    }

    @Test
    void a_card_refused_by_the_psp_is_422_naming_the_fields() {
        Map<String, String> feedback = feedback(openForm(token), "1");
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
        Map<String, String> feedback = feedback(openForm(token), "0");
        feedback.put("CARDNO", "4111111111111111");

        String detail = detailOf(postResult(token, signedRedirect(feedback)), HttpStatus.BAD_REQUEST);

        assertThat(detail).contains("CARDNO: is not a masked card number").doesNotContain("1111");
        assertThat(CardDataScanner.scan(detail)).isEmpty();
    }
}
