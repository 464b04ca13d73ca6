package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEntryIT.feedback;
import static com.secutix.payments.gateway.CardEntryIT.formRequest;
import static com.secutix.payments.gateway.CardEntryIT.signedRedirect;
import static com.secutix.payments.gateway.ClientAddresses.anyAddress;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Card-testing limits on {@code POST /card-entry/forms} and {@code /card-entry/results}. */
class CardEntryAttemptLimitsIT extends GatewayIntegrationTest {

    @Value("${payments.attempts.limits.card-entry-per-customer.max-attempts}")
    int perCustomer;
    @Value("${payments.attempts.limits.card-entry-per-ip.max-attempts}")
    int perIp;
    @Value("${payments.attempts.subject-key}")
    String subjectKey;

    private final String customer = "customer-" + UUID.randomUUID();
    private final String token = TestTokens.customer(Tenants.DEMO, customer);
    private final String address = anyAddress();

    private WebTestClient.ResponseSpec postForm(String token, Map<String, Object> body, String from) {
        return postJson("/card-entry/forms", token, body, from);
    }

    private WebTestClient.ResponseSpec postResult(String token, Map<String, String> redirect, String from) {
        return postJson("/card-entry/results", token, Map.of("parameters", redirect), from);
    }

    private WebTestClient.ResponseSpec postJson(String path, String token, Object body, String from) {
        return http.post().uri(path)
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set(ClientAddresses.HEADER, from);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private void formsTimes(int forms, String token, String from) {
        for (int form = 1; form <= forms; form++) {
            postForm(token, formRequest(), from).expectStatus().isCreated();
        }
    }

    /** A form opened for the customer (one attempt): its hidden fields. */
    @SuppressWarnings("unchecked")
    private Map<String, String> openForm(String from) {
        return (Map<String, String>) postForm(token, formRequest(), from).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("fields");
    }

    private static Map<String, Object> staffFormRequest() {
        Map<String, Object> request = formRequest();
        request.put("customerId", "customer-" + UUID.randomUUID());
        return request;
    }

    private List<Map<String, Object>> countsOf(String limit, String subject) {
        return database.sql("select attempts from attempt_counts where limit_name = :limit and subject_hash = :hash")
                .bind("limit", limit)
                .bind("hash", hmacSha256Hex(limit + ":" + subject))
                .fetch().all().collectList().block();
    }

    /** The subject as the limiter stores it: keyed with the gateway's (demo) payments.attempts.subject-key. */
    private String hmacSha256Hex(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subjectKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void forms_and_results_of_one_customer_are_limited_together_and_a_refused_one_changes_nothing() {
        Map<String, String> first = openForm(address);
        Map<String, String> second = openForm(address);
        formsTimes(perCustomer - 3, token, address);
        postResult(token, signedRedirect(feedback(first, "0")), address).expectStatus().isOk();

        String detail = TooManyAttempts.detailOf(postForm(token, formRequest(), address));
        TooManyAttempts.detailOf(postResult(token, signedRedirect(feedback(second, "0")), address));

        assertThat(detail).matches("Too many card entries for this customer; try again in \\d+ seconds?\\.")
                .doesNotContain(customer);
        assertThat(count("select count(*) from card_entry_forms where reference = :r and redeemed_at is null",
                Map.of("r", second.get("ORDERID")))).isEqualTo(1);
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :a",
                Map.of("a", aliasDigest((String) second.get("ALIAS"))))).isZero();
    }

    @Test
    void another_customer_from_the_same_address_still_gets_a_form() {
        formsTimes(perCustomer, token, address);
        TooManyAttempts.detailOf(postForm(token, formRequest(), address));

        postForm(TestTokens.customer(Tenants.DEMO, "customer-" + UUID.randomUUID()), formRequest(), address)
                .expectStatus().isCreated();
    }

    @Test
    void a_card_refused_by_the_psp_is_an_attempt_too() {
        int used = 0;
        while (used + 2 <= perCustomer) {
            postResult(token, signedRedirect(refusal(openForm(address))), address)
                    .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            used += 2;
        }
        if (used < perCustomer) {
            openForm(address);
        }

        // had the refusals not counted, only half the attempts would be used and this form would be signed
        TooManyAttempts.detailOf(postForm(token, formRequest(), address));
    }

    private static Map<String, String> refusal(Map<String, String> form) {
        Map<String, String> refusal = feedback(form, "1");
        refusal.put("NCERROR", "55555555");
        refusal.put("NCERRORCARDNO", "30141001");
        return refusal;
    }

    @Test
    void invalid_forms_and_forged_redirects_use_up_no_attempt() {
        Map<String, String> forged = signedRedirect(feedback(Map.of("ALIAS", "A", "ORDERID", "C0000000000000000000000000"), "0"));
        forged.put("ALIAS", "SOMEONE-ELSES-ALIAS");
        for (int attempt = 1; attempt <= perCustomer; attempt++) {
            Map<String, Object> relative = formRequest();
            relative.put("acceptUrl", "/card/accept");
            postForm(token, relative, address).expectStatus().isBadRequest();
            postResult(token, forged, address).expectStatus().isBadRequest();
        }

        formsTimes(perCustomer, token, address);
    }

    @Test
    void customers_calling_from_one_address_are_limited_together_but_staff_are_not_counted_per_address() {
        for (int entered = 0; entered < perIp; entered += perCustomer) {
            formsTimes(Math.min(perCustomer, perIp - entered),
                    TestTokens.customer(Tenants.DEMO, "customer-" + UUID.randomUUID()), address);
        }

        String detail = TooManyAttempts.detailOf(postForm(token, formRequest(), address));

        assertThat(detail).startsWith("Too many card entries from this address;").doesNotContain(address);
        postForm(TestTokens.boxOffice(Tenants.DEMO), staffFormRequest(), address).expectStatus().isCreated();
    }

    @Test
    void a_customer_is_counted_by_hashes_of_their_id_and_address() {
        postForm(token, formRequest(), address).expectStatus().isCreated();

        assertThat(countsOf("card-entry-per-customer", customer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
        assertThat(countsOf("card-entry-per-ip", address)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
        assertThat(count("select count(*) from attempt_counts where subject_hash in (:customer, :address)",
                Map.of("customer", customer, "address", address))).isZero();
    }

    @Test
    void a_staff_caller_is_counted_as_itself_and_never_by_address() {
        String boxOffice = "box-office-" + UUID.randomUUID();
        String staffToken = TestTokens.builder().subject(boxOffice).tenant(Tenants.DEMO).roles(TestTokens.BOX_OFFICE).mint();

        postForm(staffToken, staffFormRequest(), address).expectStatus().isCreated();

        assertThat(countsOf("card-entry-per-staff-caller", boxOffice)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
        assertThat(countsOf("card-entry-per-customer", boxOffice)).isEmpty();
        assertThat(countsOf("card-entry-per-ip", address)).isEmpty();
    }
}
