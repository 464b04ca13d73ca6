package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEntryIT.feedback;
import static com.secutix.payments.gateway.CardEntryIT.formRequest;
import static com.secutix.payments.gateway.CardEntryIT.signedRedirect;
import static com.secutix.payments.gateway.ClientAddresses.anyAddress;
import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The checkout's own machine client (role {@code checkout}): it pays on the web and in the app, enters cards for the
 * customers it names, reads its tenant's payments and reports buyers back from 3-D Secure. It calls for every buyer
 * of its page, so the card-testing limits count it per customer and per buyer address it forwards
 * ({@code X-Buyer-Address}, required from it, never believed from anyone else), never per caller.
 */
class CheckoutCallerIT extends GatewayIntegrationTest {

    private static final String BUYER_ADDRESS = "X-Buyer-Address";

    @Value("${payments.attempts.limits.card-entry-per-customer.max-attempts}")
    int perCustomer;
    @Value("${payments.attempts.limits.card-entry-per-ip.max-attempts}")
    int perIp;
    @Value("${payments.attempts.subject-key}")
    String subjectKey;

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String checkoutClient = "checkout-bff-" + UUID.randomUUID();
    private final String checkout = TestTokens.builder().subject(checkoutClient).tenant(Tenants.DEMO)
            .roles("checkout").mint();
    private final String customer = "customer-" + UUID.randomUUID();
    private final String buyer = anyAddress();

    // --- card entry

    @Test
    void the_checkouts_card_entries_are_counted_per_buyer_address_and_never_per_caller() {
        for (int entered = 0; entered < perIp; entered += perCustomer) {
            formsTimes(Math.min(perCustomer, perIp - entered), "customer-" + UUID.randomUUID(), buyer);
        }

        String detail = TooManyAttempts.detailOf(postForm(checkout, formFor(customer), headers(buyer)));

        assertThat(detail).startsWith("Too many card entries from this address;").doesNotContain(buyer);
        postForm(checkout, formFor(customer), headers(anyAddress())).expectStatus().isCreated();
        assertThat(countsOf("card-entry-per-ip", buyer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", perIp + 1));
        assertThat(countsOf("card-entry-per-staff-caller", checkoutClient)).isEmpty();
    }

    @Test
    void the_checkouts_card_entries_for_one_customer_are_limited_together_whatever_the_address() {
        formsTimes(perCustomer, customer, null);

        String detail = TooManyAttempts.detailOf(postForm(checkout, formFor(customer), headers(anyAddress())));

        assertThat(detail).startsWith("Too many card entries for this customer;");
        postForm(checkout, formFor("customer-" + UUID.randomUUID()), headers(anyAddress())).expectStatus().isCreated();
    }

    @Test
    void a_redirect_the_checkout_forwards_counts_for_the_forms_customer_and_the_buyers_address() {
        Map<String, String> form = openForm(customer, buyer);
        String otherAddress = anyAddress();

        postResult(checkout, signedRedirect(feedback(form, "0")), headers(otherAddress)).expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(customer);

        assertThat(countsOf("card-entry-per-customer", customer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 2));
        assertThat(countsOf("card-entry-per-ip", otherAddress)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
    }

    @Test
    void an_ipv6_buyer_counts_as_its_64_network() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String network = "2001:db8:" + Integer.toHexString(random.nextInt(1, 0x10000)) + ":"
                + Integer.toHexString(random.nextInt(1, 0x10000));

        openForm(customer, network + "::1");
        openForm(customer, network + ":0:0:0:abcd");
        openForm(customer, network + ":0:0:0:0/64");
        openForm(customer, "::ffff:" + buyer);

        assertThat(countsOf("card-entry-per-ip", network + ":0:0:0:0/64"))
                .as("two addresses of the network, and the network as the checkout may forward it").singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 3));
        assertThat(countsOf("card-entry-per-ip", buyer)).as("an IPv4-mapped address counts as the IPv4 one")
                .singleElement().satisfies(row -> assertThat(row).containsEntry("attempts", 1));
    }

    @Test
    void the_checkout_names_the_customer_of_a_card_entry() {
        postForm(checkout, formRequest(), headers(buyer)).expectStatus().isBadRequest();
    }

    @Test
    void a_missing_repeated_or_invalid_buyer_address_is_refused_naming_the_header_and_nothing_is_done() {
        List<Consumer<HttpHeaders>> bad = List.of(
                headers -> { },
                headers -> headers.addAll(BUYER_ADDRESS, List.of(buyer, anyAddress())),
                headers -> headers.set(BUYER_ADDRESS, ""),
                headers -> headers.set(BUYER_ADDRESS, "not an address"),
                headers -> headers.set(BUYER_ADDRESS, "example.com"),
                headers -> headers.set(BUYER_ADDRESS, buyer + ", " + anyAddress()),
                headers -> headers.set(BUYER_ADDRESS, "256.1.2.3"),
                headers -> headers.set(BUYER_ADDRESS, "010.1.2.3"),
                headers -> headers.set(BUYER_ADDRESS, "[2001:db8::1]"),
                headers -> headers.set(BUYER_ADDRESS, "fe80::1%eth0"),
                headers -> headers.set(BUYER_ADDRESS, "2001:db8::1::2"),
                headers -> headers.set(BUYER_ADDRESS, "4111111111111111"));
        Map<String, String> openForm = openForm(customer, buyer);
        psp.orderAnswers(status(9, "3022001"));
        String alias = cardOnFile(customer);
        long formsBefore = count("select count(*) from card_entry_forms", Map.of());

        for (Consumer<HttpHeaders> headers : bad) {
            assertThat(detailOf(postForm(checkout, formFor(customer), headers)))
                    .contains(BUYER_ADDRESS).doesNotContain("4111111111111111");
            assertThat(detailOf(postResult(checkout, signedRedirect(feedback(openForm, "0")), headers)))
                    .contains(BUYER_ADDRESS);
            Map<String, Object> sale = saleFor(customer, alias);
            assertThat(detailOf(pay(checkout, anyKey(), sale, headers))).contains(BUYER_ADDRESS);
            assertThat(paymentsOfOrder((String) sale.get("orderReference"))).isZero();
        }

        assertThat(count("select count(*) from card_entry_forms", Map.of())).isEqualTo(formsBefore);
        assertThat(count("select count(*) from card_entry_forms where reference = :r and redeemed_at is null",
                Map.of("r", openForm.get("ORDERID")))).isEqualTo(1);
        assertThat(psp.orders()).isZero();
        assertThat(countsOf("card-entry-per-customer", customer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
    }

    @Test
    void the_sales_systems_buyer_address_is_ignored_never_trusted() {
        String salesClient = "sales-system-" + UUID.randomUUID();
        String salesSystem = TestTokens.builder().subject(salesClient).tenant(Tenants.DEMO)
                .roles(TestTokens.SALES_SYSTEM).mint();
        psp.orderAnswers(status(9, "3022002"));

        postForm(salesSystem, formFor(customer), headers(buyer)).expectStatus().isCreated();
        postForm(salesSystem, formFor(customer), headers -> headers.set(BUYER_ADDRESS, "not an address"))
                .expectStatus().isCreated();
        pay(salesSystem, anyKey(), saleFor(customer, cardOnFile(customer)), headers(buyer)).expectStatus().isCreated();

        assertThat(countsOf("card-entry-per-staff-caller", salesClient)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 2));
        assertThat(countsOf("card-entry-per-ip", buyer)).isEmpty();
        assertThat(countsOf("card-entry-per-customer", customer)).isEmpty();
        assertThat(countsOf("payment-per-ip", buyer)).isEmpty();
        assertThat(countsOf("payment-per-customer", customer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
    }

    // --- payments

    @Test
    void the_checkout_pays_on_the_web_counted_per_customer_and_buyer_address_and_follows_its_payment() {
        psp.orderAnswers(status(9, "3022003"));
        String proxy = anyAddress();

        String id = (String) pay(checkout, anyKey(), saleFor(customer, cardOnFile(customer)), headers -> {
            headers.set(BUYER_ADDRESS, buyer);
            headers.set(ClientAddresses.HEADER, proxy);
        }).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        assertThat(countsOf("payment-per-customer", customer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
        assertThat(countsOf("payment-per-ip", buyer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("attempts", 1));
        assertThat(countsOf("payment-per-ip", proxy)).as("the checkout's own address says nothing of a buyer")
                .isEmpty();
        http.get().uri("/payments/{id}", id).headers(h -> h.setBearerAuth(checkout)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CAPTURED");
        http.post().uri("/payments/{id}/buyer-return", id).headers(h -> h.setBearerAuth(checkout)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CAPTURED");
        assertThat(psp.queries()).as("a captured payment is not asked about").isZero();
    }

    @Test
    void the_checkout_pays_in_the_app_too_but_never_at_a_counter_or_by_phone() {
        psp.orderAnswers(status(9, "3022004"));
        Map<String, Object> mobile = saleFor(customer, cardOnFile(customer));
        mobile.put("channel", "MOBILE");
        pay(checkout, anyKey(), mobile, headers(buyer)).expectStatus().isCreated()
                .expectBody().jsonPath("$.channel").isEqualTo("MOBILE");

        for (String channel : List.of("BOX_OFFICE", "CALL_CENTRE")) {
            Map<String, Object> counter = saleFor(customer, cardOnFile(customer));
            counter.put("channel", channel);
            counter.remove("threeDSecure");
            pay(checkout, anyKey(), counter, headers(buyer)).expectStatus().isForbidden();
        }
        assertThat(psp.orders()).isEqualTo(1);
    }

    @Test
    void the_checkout_reads_no_other_tenants_payment() {
        psp.orderAnswers(status(9, "3022005"));
        String id = (String) pay(checkout, anyKey(), saleFor(customer, cardOnFile(customer)), headers(buyer))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        String otherCheckout = TestTokens.builder().subject(checkoutClient).tenant("demo-stadium").roles("checkout")
                .mint();

        http.get().uri("/payments/{id}", id).headers(h -> h.setBearerAuth(otherCheckout)).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/payments/{id}/buyer-return", id).headers(h -> h.setBearerAuth(otherCheckout)).exchange()
                .expectStatus().isNotFound();
    }

    // --- helpers

    private static Consumer<HttpHeaders> headers(String buyerAddress) {
        return headers -> {
            if (buyerAddress != null) {
                headers.set(BUYER_ADDRESS, buyerAddress);
            }
        };
    }

    private static Map<String, Object> formFor(String customerId) {
        Map<String, Object> request = formRequest();
        request.put("customerId", customerId);
        return request;
    }

    /** Forms for the customer, from fresh buyer addresses when {@code from} is null. */
    private void formsTimes(int forms, String customerId, String from) {
        for (int form = 1; form <= forms; form++) {
            postForm(checkout, formFor(customerId), headers(from == null ? anyAddress() : from))
                    .expectStatus().isCreated();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> openForm(String customerId, String from) {
        return (Map<String, String>) postForm(checkout, formFor(customerId), headers(from)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("fields");
    }

    private WebTestClient.ResponseSpec postForm(String token, Map<String, Object> body, Consumer<HttpHeaders> headers) {
        return postJson("/card-entry/forms", token, body, headers);
    }

    private WebTestClient.ResponseSpec postResult(String token, Map<String, String> redirect,
            Consumer<HttpHeaders> headers) {
        return postJson("/card-entry/results", token, Map.of("parameters", redirect), headers);
    }

    private WebTestClient.ResponseSpec pay(String token, String key, Map<String, Object> body,
            Consumer<HttpHeaders> headers) {
        return http.post().uri("/payments")
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Idempotency-Key", key);
                    headers.accept(h);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec postJson(String path, String token, Object body, Consumer<HttpHeaders> headers) {
        return http.post().uri(path)
                .headers(h -> {
                    h.setBearerAuth(token);
                    headers.accept(h);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private static String detailOf(WebTestClient.ResponseSpec response) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) problem.get("detail");
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
}
