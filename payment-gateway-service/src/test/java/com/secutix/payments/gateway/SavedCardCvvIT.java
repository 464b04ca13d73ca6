package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEventsProducer.ALWAYS;
import static com.secutix.payments.gateway.CardEventsProducer.NEVER;
import static com.secutix.payments.gateway.CardEventsProducer.above;
import static com.secutix.payments.gateway.CardEventsProducer.policyOf;
import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.counterSaleWithSavedCard;
import static com.secutix.payments.gateway.PaymentRequests.saleWithSavedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.card.v1.CardPolicyChanged;
import com.secutix.payments.gateway.ogone.ShaAlgorithm;
import com.secutix.payments.gateway.ogone.ShaSignature;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The tenant's CVV rule for cards on file, enforced at the gateway: a payment by {@code cardId} that the tenant's card
 * policy (the vault's default without one: the CVV on every channel but the box office) asks the security code for
 * must use up a fresh proof that the buyer typed it, left by a CVV re-entry (a card-entry form naming the saved card,
 * and its PSP redirect); without one it is a 422 {@code cvv-required} with nothing stored nor sent to the PSP. A
 * payment by alias uses up the code typed with the alias's entry (the PSP sends it with the alias's first order only):
 * paid again, the alias is a card on file and the same rule applies.
 */
class SavedCardCvvIT extends GatewayIntegrationTest {

    static final String CVV_REQUIRED_DETAIL = "This tenant's card policy asks for the card's security code for this"
            + " payment: enter it through the card-entry form first.";
    static final String ENTERED_CODE_GONE_DETAIL = "This tenant's card policy asks for the card's security code for"
            + " this payment, and the code typed when this alias was entered went with its first payment or is no longer"
            + " good: enter the card again, or pay with the saved card's id after entering its security code through the"
            + " card-entry form.";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SHA_IN = "Demo-SHA-IN-passphrase-2026";
    /** Versions of {@link #POLICY_TENANT}'s policy, new for every change of this class's tests. */
    private static final AtomicLong policyVersions = new AtomicLong();

    private static CardEventsProducer vault;

    @Value("${payments.attempts.limits.payment-per-customer.max-attempts}")
    int paymentsPerCustomer;

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();
    private final String salesSystem = TestTokens.salesSystem(Tenants.DEMO);
    private final String checkout = TestTokens.builder().subject("checkout-bff").tenant(Tenants.DEMO)
            .roles("checkout").mint();
    private final String buyerAddress = ClientAddresses.anyAddress();

    @BeforeAll
    static void connect() {
        vault = new CardEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        vault.close();
    }

    @BeforeEach
    void thePspApprovesEverything() {
        psp.orderAnswers(status(9, "3021001"));
    }

    @Test
    void by_default_a_web_payment_with_a_saved_card_without_its_security_code_is_refused_and_nothing_sent() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        Map<String, Object> body = saleWithSavedCard(alice, card);
        String key = anyKey();

        assertCvvRequired(pay(salesSystem, key, body));

        assertThat(psp.orders()).isZero();
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).isZero();
        assertThat(count("select count(*) from idempotency_keys where idempotency_key = :key", Map.of("key", key)))
                .as("the key is free for the payment once the code is typed").isZero();
        cvvEnteredFor(Tenants.DEMO, alice, card);
        pay(salesSystem, key, body).expectStatus().isCreated().expectBody().jsonPath("$.state").isEqualTo("CAPTURED");
    }

    @Test
    void the_checkout_has_the_security_code_typed_again_then_pays_once_with_the_proof_it_left() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        String alias = aliasOf(card);

        Map<String, String> fields = fieldsOf(cvvForm(checkout, alice, card));

        assertThat(fields).containsEntry("ALIAS", alias).containsEntry("ALIASPERSISTEDAFTERUSE", "Y")
                .containsEntry("CARDNO", "XXXXXXXXXXXX4444").containsEntry("CN", "Alice Martin")
                .containsEntry("ED", "0131").doesNotContainKeys("CVC", "BRAND");
        Map<String, String> signedFields = new LinkedHashMap<>(fields);
        signedFields.keySet().removeAll(List.of("CARDNO", "CN", "ED", "SHASIGN"));
        assertThat(fields.get("SHASIGN")).as("SHA-IN over the Alias Gateway's fields only, never the card's")
                .isEqualTo(ShaSignature.of(signedFields, SHA_IN, ShaAlgorithm.SHA512));
        assertThat(count("select count(*) from card_entry_forms where reference = :r and cvv_for_saved_card = :card"
                + " and updates_alias", Map.of("r", fields.get("ORDERID"), "card", card))).isEqualTo(1);

        @SuppressWarnings("unchecked")
        Map<String, Object> entered = postResult(checkout, signedRedirect(pspUpdated(fields, "XXXXXXXXXXXX4444")))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(entered).containsEntry("cardId", card.toString()).containsEntry("status", "UPDATED")
                .containsEntry("customerId", alice).doesNotContainKey("alias");
        assertThat(Instant.parse((String) entered.get("cvvEnteredUntil")))
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(entered.toString()).doesNotContain(alias);
        assertThat(unusedProofsOf(card)).isEqualTo(1);
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias", Map.of("alias", aliasDigest(alias))))
                .as("the saved card's alias stays payable by its id only").isZero();

        @SuppressWarnings("unchecked")
        Map<String, Object> paid = pay(checkout, anyKey(), saleWithSavedCard(alice, card)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(paid).containsEntry("state", "CAPTURED");
        assertThat(psp.orderRequests()).singleElement().satisfies(order -> assertThat(order)
                .containsEntry("ALIAS", alias).doesNotContainKey("CVC"));
        assertThat(unusedProofsOf(card)).isZero();
        assertThat(count("select count(*) from cvv_proofs where saved_card_id = :card and used_by_payment = :payment"
                + " and used_at is not null", Map.of("card", card, "payment", UUID.fromString((String) paid.get("id")))))
                .isEqualTo(1);

        assertCvvRequired(pay(checkout, anyKey(), saleWithSavedCard(alice, card)));
        assertThat(psp.orders()).as("the second payment needs a code of its own").isEqualTo(1);
    }

    @Test
    void a_cvv_reentry_whose_redirect_shows_another_card_is_used_up_and_leaves_no_proof() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        Map<String, String> fields = fieldsOf(cvvForm(salesSystem, alice, card));

        String detail = detailOf(postResult(salesSystem, signedRedirect(pspUpdated(fields, "XXXXXXXXXXXX1111"))),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(detail).startsWith("The card entered is not the saved card");
        assertThat(count("select count(*) from card_entry_forms where reference = :r and redeemed_at is not null",
                Map.of("r", fields.get("ORDERID")))).isEqualTo(1);
        assertThat(count("select count(*) from cvv_proofs where saved_card_id = :card", Map.of("card", card))).isZero();
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias",
                Map.of("alias", aliasDigest((String) fields.get("ALIAS"))))).isZero();
    }

    @Test
    void a_cvv_form_for_another_customers_saved_card_or_a_card_nobody_saved_is_not_found() {
        UUID bobsCard = savedCardOnFile(Tenants.DEMO, bob);

        assertThat(detailOf(cvvForm(salesSystem, alice, bobsCard), HttpStatus.NOT_FOUND))
                .isEqualTo("This customer has no saved card with this id.");
        assertThat(detailOf(cvvForm(checkout, alice, UUID.randomUUID()), HttpStatus.NOT_FOUND))
                .isEqualTo("This customer has no saved card with this id.");
        assertThat(count("select count(*) from card_entry_forms where customer_id = :c", Map.of("c", alice))).isZero();
    }

    @Test
    void a_proof_of_another_customers_card_or_of_another_card_pays_nothing() {
        UUID alicesCard = savedCardOnFile(Tenants.DEMO, alice);
        UUID alicesOtherCard = savedCardOnFile(Tenants.DEMO, alice);
        UUID bobsCard = savedCardOnFile(Tenants.DEMO, bob);
        cvvEnteredFor(Tenants.DEMO, bob, bobsCard);
        cvvEnteredFor(Tenants.DEMO, alice, alicesOtherCard);

        assertCvvRequired(pay(salesSystem, anyKey(), saleWithSavedCard(alice, alicesCard)));
        pay(salesSystem, anyKey(), saleWithSavedCard(alice, bobsCard)).expectStatus().isNotFound();

        assertThat(psp.orders()).isZero();
        assertThat(unusedProofsOf(bobsCard)).isEqualTo(1);
        assertThat(unusedProofsOf(alicesOtherCard)).isEqualTo(1);
    }

    @Test
    void an_expired_proof_pays_nothing() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        database.sql("""
                        insert into cvv_proofs (tenant_id, card_entry_reference, customer_id, saved_card_id,
                                                entered_at, expires_at)
                        values (:tenant, 'C000000000000000000000EXPIRED', :customer, :card,
                                now() - interval '20 minutes', now() - interval '5 minutes')
                        """)
                .bind("tenant", Tenants.DEMO).bind("customer", alice).bind("card", card).then().block();

        assertCvvRequired(pay(salesSystem, anyKey(), saleWithSavedCard(alice, card)));
        assertThat(psp.orders()).isZero();
    }

    @Test
    void call_centre_payments_follow_their_channels_rule_and_box_office_ones_theirs() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);

        assertCvvRequired(pay(TestTokens.operator(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card)));
        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card))
                .expectStatus().isCreated().expectBody().jsonPath("$.channel").isEqualTo("BOX_OFFICE");
        cvvEnteredFor(Tenants.DEMO, alice, card);
        pay(TestTokens.operator(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card))
                .expectStatus().isCreated().expectBody().jsonPath("$.channel").isEqualTo("CALL_CENTRE");
    }

    @Test
    void a_payment_the_policy_does_not_ask_the_code_for_still_takes_the_fresh_proof_the_psp_sends_with_it() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        cvvEnteredFor(Tenants.DEMO, alice, card);

        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card)).expectStatus().isCreated();

        assertThat(unusedProofsOf(card)).isZero();
        assertCvvRequired(pay(salesSystem, anyKey(), saleWithSavedCard(alice, card)));
        assertThat(psp.orders()).as("the web payment after it is never sent without a code").isEqualTo(1);
    }

    @Test
    void a_payment_refused_by_a_card_testing_limit_leaves_its_proof_unused() {
        UUID card = savedCardOnFile(Tenants.DEMO, alice);
        for (int payment = 1; payment <= paymentsPerCustomer; payment++) {
            pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card))
                    .expectStatus().isCreated();
        }
        cvvEnteredFor(Tenants.DEMO, alice, card);

        TooManyAttempts.detailOf(pay(salesSystem, anyKey(), saleWithSavedCard(alice, card)));

        assertThat(unusedProofsOf(card)).isEqualTo(1);
    }

    @Test
    void a_tenant_whose_policy_never_asks_for_the_code_pays_saved_cards_without_it() {
        tenantPolicyIs(policyOf(POLICY_TENANT, nextVersion(), NEVER));
        UUID card = savedCardOnFile(POLICY_TENANT, alice);

        pay(salesSystemOf(POLICY_TENANT), anyKey(), saleWithSavedCard(alice, card)).expectStatus().isCreated()
                .expectBody().jsonPath("$.state").isEqualTo("CAPTURED");
        pay(salesSystemOf(POLICY_TENANT), anyKey(), saleWithSavedCard(alice, card)).expectStatus().isCreated();
    }

    @Test
    void above_an_amount_the_code_is_asked_strictly_above_it_and_in_any_other_currency() {
        tenantPolicyIs(policyOf(POLICY_TENANT, nextVersion(), Map.of("WEB", above(10000, "EUR"), "MOBILE", ALWAYS,
                "CALL_CENTRE", ALWAYS, "BOX_OFFICE", NEVER)));
        UUID card = savedCardOnFile(POLICY_TENANT, alice);
        String token = salesSystemOf(POLICY_TENANT);

        pay(token, anyKey(), saleOf(card, "82.50", "EUR")).expectStatus().isCreated();
        pay(token, anyKey(), saleOf(card, "100.00", "EUR")).expectStatus().isCreated();
        assertCvvRequired(pay(token, anyKey(), saleOf(card, "100.01", "EUR")));
        assertCvvRequired(pay(token, anyKey(), saleOf(card, "20.00", "CHF")));
        Map<String, Object> mobile = saleOf(card, "10.00", "EUR");
        mobile.put("channel", "MOBILE");
        assertCvvRequired(pay(token, anyKey(), mobile));
        assertThat(psp.orders()).isEqualTo(2);

        cvvEnteredFor(POLICY_TENANT, alice, card);
        pay(token, anyKey(), saleOf(card, "150.00", "EUR")).expectStatus().isCreated();
    }

    @Test
    void the_latest_policy_applies_once_kept() {
        tenantPolicyIs(policyOf(POLICY_TENANT, nextVersion(), NEVER));
        UUID card = savedCardOnFile(POLICY_TENANT, alice);
        pay(salesSystemOf(POLICY_TENANT), anyKey(), saleWithSavedCard(alice, card)).expectStatus().isCreated();

        tenantPolicyIs(policyOf(POLICY_TENANT, nextVersion(), ALWAYS));

        assertCvvRequired(pay(salesSystemOf(POLICY_TENANT), anyKey(), saleWithSavedCard(alice, card)));
    }

    // --- helpers

    @Test
    void an_alias_pays_once_with_the_code_typed_at_its_entry_then_the_web_policy_asks_for_it_again() {
        String alias = cardOnFile(alice);

        @SuppressWarnings("unchecked")
        Map<String, Object> first = pay(salesSystem, anyKey(), PaymentRequests.saleFor(alice, alias)).expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(first).containsEntry("state", "CAPTURED");
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias"
                + " and entered_code_used_by = :payment", Map.of("alias", aliasDigest(alias),
                "payment", UUID.fromString((String) first.get("id"))))).isEqualTo(1);
        Map<String, Object> second = PaymentRequests.saleFor(alice, alias);
        String key = anyKey();

        assertThat(detailOf(pay(salesSystem, key, second), HttpStatus.UNPROCESSABLE_CONTENT))
                .isEqualTo(ENTERED_CODE_GONE_DETAIL);
        assertThat(psp.orders()).as("the second payment is never sent").isEqualTo(1);
        assertThat(paymentsOfOrder((String) second.get("orderReference"))).isZero();
        assertThat(count("select count(*) from idempotency_keys where idempotency_key = :key", Map.of("key", key))).isZero();
    }

    @Test
    void the_code_typed_at_an_entry_goes_with_the_aliass_first_payment_even_where_the_policy_does_not_ask_for_it() {
        String alias = cardOnFile(alice);

        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), PaymentRequests.counterSaleFor(alice, alias))
                .expectStatus().isCreated();

        assertThat(detailOf(pay(salesSystem, anyKey(), PaymentRequests.saleFor(alice, alias)),
                HttpStatus.UNPROCESSABLE_CONTENT)).isEqualTo(ENTERED_CODE_GONE_DETAIL);
        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), PaymentRequests.counterSaleFor(alice, alias))
                .expectStatus().isCreated();
        assertThat(psp.orders()).isEqualTo(2);
    }

    @Test
    void an_alias_entered_too_long_ago_pays_only_where_the_policy_does_not_ask_for_the_code() {
        String alias = cardOnFile(alice);
        database.sql("update card_registrations set entered_code_until = now() - interval '1 minute'"
                + " where psp_alias_digest = :alias").bind("alias", aliasDigest(alias)).then().block();

        assertThat(detailOf(pay(TestTokens.operator(Tenants.DEMO), anyKey(), PaymentRequests.counterSaleFor(alice, alias)),
                HttpStatus.UNPROCESSABLE_CONTENT)).isEqualTo(ENTERED_CODE_GONE_DETAIL);
        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), PaymentRequests.counterSaleFor(alice, alias))
                .expectStatus().isCreated();
    }

    @Test
    void two_payments_at_once_with_a_fresh_alias_take_the_code_typed_at_its_entry_once() {
        String alias = cardOnFile(alice);

        List<CompletableFuture<Integer>> bothSent = Stream.of(PaymentRequests.saleFor(alice, alias),
                        PaymentRequests.saleFor(alice, alias))
                .map(sale -> CompletableFuture.supplyAsync(() -> pay(salesSystem, anyKey(), sale)
                        .expectBody(String.class).returnResult().getStatus().value()))
                .toList();
        List<Integer> statuses = bothSent.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED.value(),
                HttpStatus.UNPROCESSABLE_CONTENT.value());
        assertThat(psp.orders()).isEqualTo(1);
        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias"
                + " and entered_code_used_by is not null", Map.of("alias", aliasDigest(alias)))).isEqualTo(1);
    }

    @Test
    void an_alias_whose_card_has_expired_is_refused_and_the_code_typed_at_its_entry_stays_unused() {
        String alias = cardOnFile(alice);
        database.sql("update card_registrations set card_expiry = '01/20' where psp_alias_digest = :alias")
                .bind("alias", aliasDigest(alias)).then().block();

        pay(salesSystem, anyKey(), PaymentRequests.saleFor(alice, alias)).expectStatus().isBadRequest();

        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias"
                + " and entered_code_used_by is null", Map.of("alias", aliasDigest(alias)))).isEqualTo(1);
        assertThat(psp.orders()).isZero();
    }

    @Test
    void another_customers_fresh_alias_is_no_card_of_this_customer_and_its_code_stays_unused() {
        String alias = cardOnFile(bob);

        pay(salesSystem, anyKey(), PaymentRequests.saleFor(alice, alias)).expectStatus().isNotFound();

        assertThat(count("select count(*) from card_registrations where psp_alias_digest = :alias"
                + " and entered_code_used_by is null", Map.of("alias", aliasDigest(alias)))).isEqualTo(1);
        pay(salesSystem, anyKey(), PaymentRequests.saleFor(bob, alias)).expectStatus().isCreated();
    }

    @Test
    void a_tenant_whose_policy_never_asks_for_the_code_pays_an_alias_again_and_again() {
        tenantPolicyIs(policyOf(POLICY_TENANT, nextVersion(), NEVER));
        String alias = cardOnFile(POLICY_TENANT, alice, "12/30");

        for (int payment = 1; payment <= 3; payment++) {
            pay(salesSystemOf(POLICY_TENANT), anyKey(), PaymentRequests.saleFor(alice, alias)).expectStatus().isCreated()
                    .expectBody().jsonPath("$.state").isEqualTo("CAPTURED");
        }
    }

    private static long nextVersion() {
        return policyVersions.incrementAndGet();
    }

    /** Publishes the policy as the vault does and waits until the gateway keeps it. */
    private void tenantPolicyIs(CardPolicyChanged policy) {
        vault.send(policy);
        await().atMost(PATIENCE).until(() -> count("select count(*) from card_policies where tenant_id = :tenant"
                + " and policy_version = :version", Map.of("tenant", policy.tenantId(), "version",
                policy.policyVersion())) == 1);
    }

    private static String salesSystemOf(String tenant) {
        return TestTokens.salesSystem(tenant);
    }

    private Map<String, Object> saleOf(UUID card, String amount, String currency) {
        Map<String, Object> body = saleWithSavedCard(alice, card);
        body.put("amount", amount);
        body.put("currency", currency);
        return body;
    }

    private String aliasOf(UUID card) {
        return database.sql("select tenant_id, psp_alias_sealed from saved_cards where card_id = :id").bind("id", card)
                .map(row -> sealer.open(row.get("psp_alias_sealed", String.class),
                        com.secutix.payments.platform.secrets.SealContext.pspAlias(row.get("tenant_id", String.class))))
                .one().block();
    }

    private long unusedProofsOf(UUID card) {
        return count("select count(*) from cvv_proofs where saved_card_id = :card and used_at is null",
                Map.of("card", card));
    }

    private WebTestClient.ResponseSpec pay(String token, String key, Map<String, Object> body) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", key);
                    headers.set("X-Buyer-Address", buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec cvvForm(String token, String customer, UUID card) {
        Map<String, Object> request = CardEntryIT.formRequest();
        request.put("customerId", customer);
        request.put("cardId", card.toString());
        return http.post().uri("/card-entry/forms")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("X-Buyer-Address", buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldsOf(WebTestClient.ResponseSpec form) {
        return (Map<String, String>) form.expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("fields");
    }

    private WebTestClient.ResponseSpec postResult(String token, Map<String, String> redirect) {
        return http.post().uri("/card-entry/results")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("X-Buyer-Address", buyerAddress);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("parameters", redirect))
                .exchange();
    }

    /** What the Alias Gateway answers for an update of the form's alias: STATUS 2 and the card behind it. */
    private static Map<String, String> pspUpdated(Map<String, String> form, String maskedNumber) {
        Map<String, String> feedback = CardEntryIT.feedback(form, "2");
        feedback.put("CARDNO", maskedNumber);
        feedback.put("ED", "0131");
        feedback.put("BRAND", maskedNumber.endsWith("4444") ? "MasterCard" : "VISA");
        return feedback;
    }

    private static Map<String, String> signedRedirect(Map<String, String> feedback) {
        return CardEntryIT.signedRedirect(feedback);
    }

    /** A 422 problem+json of type cvv-required with its detail. */
    @SuppressWarnings("unchecked")
    static void assertCvvRequired(WebTestClient.ResponseSpec response) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", 422).containsEntry("detail", CVV_REQUIRED_DETAIL);
        assertThat((String) problem.get("type")).endsWith("/cvv-required");
        assertThat((String) problem.get("instance")).isEqualTo("/payments");
    }

    @SuppressWarnings("unchecked")
    private static String detailOf(WebTestClient.ResponseSpec response, HttpStatus expected) {
        return (String) response.expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody().get("detail");
    }
}
