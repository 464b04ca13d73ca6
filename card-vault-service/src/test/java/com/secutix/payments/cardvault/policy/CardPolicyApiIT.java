package com.secutix.payments.cardvault.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.Topics;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@PlatformIntegrationTest
class CardPolicyApiIT {

    private static final String STRICT_POLICY = """
            {"savingEnabled": true, "maxSavedCardsPerCustomer": 3, "atLimit": "REPLACE_OLDEST_CARD",
             "cvvForSavedCards": {"WEB": {"rule": "ALWAYS"}, "MOBILE": {"rule": "ABOVE_AMOUNT", "amount": "100.00", "currency": "EUR"},
                                  "CALL_CENTRE": {"rule": "ALWAYS"}, "BOX_OFFICE": {"rule": "NEVER"}}}""";

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;

    WebTestClient web;
    String tenant;
    String otherTenant;

    @BeforeEach
    void twoTenants() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        tenant = "policy-" + UUID.randomUUID();
        otherTenant = "policy-" + UUID.randomUUID();
    }

    private static String admin(String tenant) {
        return TestTokens.builder().subject("admin-of-" + tenant).tenant(tenant).roles(TestTokens.ADMIN).mint();
    }

    private WebTestClient.ResponseSpec read(String token) {
        return web.get().uri("/card-policy").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec change(String token, String body) {
        return web.put().uri("/card-policy").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void a_tenant_that_never_set_a_policy_has_the_default_one() {
        read(admin(tenant)).expectStatus().isOk().expectBody()
                .jsonPath("$.tenantId").isEqualTo(tenant)
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.savingEnabled").isEqualTo(true)
                .jsonPath("$.maxSavedCardsPerCustomer").isEqualTo(5)
                .jsonPath("$.atLimit").isEqualTo("KEEP_EXISTING_CARDS")
                .jsonPath("$.cvvForSavedCards.WEB.rule").isEqualTo("ALWAYS")
                .jsonPath("$.cvvForSavedCards.BOX_OFFICE.rule").isEqualTo("NEVER")
                .jsonPath("$.changedBy").doesNotExist();
    }

    @Test
    void an_admin_changes_the_policy_which_is_audited_and_published() {
        change(admin(tenant), STRICT_POLICY).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.atLimit").isEqualTo("REPLACE_OLDEST_CARD")
                .jsonPath("$.cvvForSavedCards.MOBILE.rule").isEqualTo("ABOVE_AMOUNT")
                .jsonPath("$.cvvForSavedCards.MOBILE.amount").isEqualTo("100.00")
                .jsonPath("$.cvvForSavedCards.MOBILE.currency").isEqualTo("EUR")
                .jsonPath("$.changedBy").isEqualTo("admin-of-" + tenant)
                .jsonPath("$.changedAt").exists();

        read(TestTokens.operator(tenant)).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.maxSavedCardsPerCustomer").isEqualTo(3);
        web.get().uri("/card-policy/changes").headers(headers -> headers.setBearerAuth(admin(tenant))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].version").isEqualTo(1)
                .jsonPath("$[0].changedBy").isEqualTo("admin-of-" + tenant)
                .jsonPath("$[0].before.maxSavedCardsPerCustomer").isEqualTo(5)
                .jsonPath("$[0].after.maxSavedCardsPerCustomer").isEqualTo(3);
        ConsumerRecord<String, byte[]> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> policyEventsOf(tenant), events -> events.size() == 1).get(0);
        assertThat(TopicReader.headerAsString(published, "ce_type")).isEqualTo("com.secutix.payments.cardpolicy.changed.v1");
        assertThat(TopicReader.headerAsString(published, "ce_tenantid")).isEqualTo(tenant);
        assertThat(TopicReader.valueAsString(published)).contains("\"policyVersion\":1", "\"changedBy\":\"admin-of-" + tenant + "\"",
                "\"MOBILE\":{\"rule\":\"ABOVE_AMOUNT\",\"threshold\":{\"minorUnits\":10000,\"currency\":\"EUR\"}}");
    }

    @Test
    void setting_the_policy_a_tenant_already_has_changes_nothing() {
        change(admin(tenant), STRICT_POLICY).expectStatus().isOk();

        change(admin(tenant), STRICT_POLICY).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);

        assertThat(auditRowsOf(tenant)).isEqualTo(1);
    }

    @Test
    void an_admin_reads_and_changes_only_the_policy_of_their_own_tenant() {
        change(admin(otherTenant), STRICT_POLICY).expectStatus().isOk();

        read(admin(tenant)).expectStatus().isOk().expectBody()
                .jsonPath("$.tenantId").isEqualTo(tenant).jsonPath("$.version").isEqualTo(0);
        web.get().uri("/card-policy/changes").headers(headers -> headers.setBearerAuth(admin(tenant))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        read(admin(otherTenant)).expectStatus().isOk().expectBody().jsonPath("$.maxSavedCardsPerCustomer").isEqualTo(3);
    }

    @Test
    void buyers_never_read_it_and_only_admins_change_it_or_read_its_history() {
        read(TestTokens.customer(tenant, "alice")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        read(TestTokens.boxOffice(tenant)).expectStatus().isOk();
        read(TestTokens.salesSystem(tenant)).expectStatus().isOk();
        for (String notAdmin : List.of(TestTokens.operator(tenant), TestTokens.boxOffice(tenant), TestTokens.salesSystem(tenant),
                TestTokens.customer(tenant, "alice"))) {
            change(notAdmin, STRICT_POLICY).expectStatus().isForbidden().expectBody()
                    .jsonPath("$.detail").isEqualTo("A tenant's card policy is changed and its history read by its admins only.");
            web.get().uri("/card-policy/changes").headers(headers -> headers.setBearerAuth(notAdmin)).exchange()
                    .expectStatus().isForbidden();
        }
        assertThat(auditRowsOf(tenant)).isZero();
    }

    @Test
    void a_bad_policy_is_refused_naming_every_wrong_field_and_changes_nothing() {
        change(admin(tenant), """
                {"savingEnabled": true, "maxSavedCardsPerCustomer": 0, "atLimit": "DELETE_EVERYTHING", "colour": "red",
                 "cvvForSavedCards": {"WEB": {"rule": "SOMETIMES"}, "MOBILE": {"rule": "ABOVE_AMOUNT", "amount": "1e3", "currency": "EURO"},
                                      "KIOSK": {"rule": "NEVER"}, "BOX_OFFICE": {"rule": "NEVER", "amount": "5.00"}}}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'colour')].message").isEqualTo("is not a field of a card policy.")
                .jsonPath("$.errors[?(@.field == 'atLimit')].message").isEqualTo("must be one of KEEP_EXISTING_CARDS, REPLACE_OLDEST_CARD.")
                .jsonPath("$.errors[?(@.field == 'maxSavedCardsPerCustomer')].message").isEqualTo("must be between 1 and 20.")
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.WEB.rule')].message").isEqualTo("must be one of ALWAYS, NEVER, ABOVE_AMOUNT.")
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.MOBILE.amount')].message").exists()
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.MOBILE.currency')].message").exists()
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.KIOSK')].message").exists()
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.BOX_OFFICE')].message").isEqualTo("an amount and a currency go with ABOVE_AMOUNT only.")
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.CALL_CENTRE')].message").isEqualTo("a rule is required for every channel.");

        read(admin(tenant)).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
        assertThat(auditRowsOf(tenant)).isZero();
        assertThat(policyEventsOf(tenant)).isEmpty();
    }

    @Test
    void a_number_written_as_text_or_a_missing_field_is_refused() {
        change(admin(tenant), STRICT_POLICY.replace("\"maxSavedCardsPerCustomer\": 3", "\"maxSavedCardsPerCustomer\": \"3\""))
                .expectStatus().isBadRequest();
        change(admin(tenant), STRICT_POLICY.replace("\"savingEnabled\": true, ", ""))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'savingEnabled')].message").isEqualTo("is required: true or false.");
        change(admin(tenant), STRICT_POLICY.replace("\"100.00\"", "\"100.005\""))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'cvvForSavedCards.MOBILE.amount')].message").isEqualTo("EUR amounts have at most 2 decimals.");

        assertThat(auditRowsOf(tenant)).isZero();
    }

    private long auditRowsOf(String tenantId) {
        return database.sql("select count(*) from card_policy_change where tenant_id = :tenant").bind("tenant", tenantId)
                .map(row -> row.get(0, Long.class)).one().block();
    }

    private static List<ConsumerRecord<String, byte[]>> policyEventsOf(String tenantId) {
        return TopicReader.readAll(Topics.CARDS).stream().filter(record -> tenantId.equals(record.key())).toList();
    }
}
