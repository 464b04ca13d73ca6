package com.secutix.payments.checkout.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.Topics;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
class CheckoutSessionsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;

    WebTestClient web;
    String orderId;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        orderId = "ORD-" + UUID.randomUUID();
    }

    private String session(String order, String price, String returnUrl) {
        return """
                {"orderId": "%s", "customerId": "alice", "currency": "EUR", "locale": "fr-CH",
                 "lines": [{"ticketId": "T-1", "performanceId": "P-9", "performanceName": "La Traviata",
                            "performanceStartsAt": "2027-03-14T19:30:00Z", "price": "%s"},
                           {"ticketId": "T-2", "performanceId": "P-9", "performanceName": "La Traviata",
                            "performanceStartsAt": "2027-03-14T19:30:00Z", "price": "82.50"}],
                 "returnUrl": "%s", "cancelUrl": "http://localhost:8080/shop/cancelled"}""".formatted(order, price, returnUrl);
    }

    private WebTestClient.ResponseSpec open(String token, String key, String body) {
        return web.post().uri("/checkout-sessions").headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", key);
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> opened(String key, String body) {
        return open(TestTokens.salesSystem(Tenants.DEMO), key, body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void the_sales_system_opens_a_session_and_gets_the_page_to_send_the_buyer_to_and_its_expiry() {
        Map<String, Object> session = opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid"));

        String id = (String) session.get("id");
        assertThat(session).containsEntry("state", "OPEN").containsEntry("total", "247.50").containsEntry("locale", "fr")
                .containsEntry("pageUrl", "http://localhost:8080/checkout/" + id);
        assertThat(Instant.parse((String) session.get("expiresAt"))).isAfter(Instant.now().plusSeconds(25 * 60));
        web.get().uri("/checkout-sessions/{id}", id).headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO)))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("OPEN")
                .jsonPath("$.orderId").isEqualTo(orderId)
                .jsonPath("$.lines.length()").isEqualTo(2)
                .jsonPath("$.lines[0].price").isEqualTo("165.00");
    }

    @Test
    void a_session_is_paid_on_the_web_unless_the_sales_system_opens_it_for_the_app_and_on_no_other_channel() {
        Map<String, Object> onTheWeb = opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid"));
        String appOrder = orderId + "-APP";
        Map<String, Object> inTheApp = opened(UUID.randomUUID().toString(), session(appOrder, "165.00", "http://localhost:8080/shop/paid")
                .replace("\"locale\"", "\"channel\": \"MOBILE\", \"locale\""));

        assertThat(onTheWeb).containsEntry("channel", "WEB");
        assertThat(inTheApp).containsEntry("channel", "MOBILE");
        web.get().uri("/checkout-sessions/{id}", inTheApp.get("id"))
                .headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO)))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.channel").isEqualTo("MOBILE");
        String atTheCounter = orderId + "-COUNTER";
        open(TestTokens.salesSystem(Tenants.DEMO), UUID.randomUUID().toString(),
                session(atTheCounter, "165.00", "http://localhost:8080/shop/paid")
                        .replace("\"locale\"", "\"channel\": \"BOX_OFFICE\", \"locale\""))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("channel")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith("must be WEB or MOBILE"));
        assertThat(sessionsOf(atTheCounter)).isZero();
    }

    @Test
    void the_same_key_gives_the_same_session_and_another_body_with_it_is_refused_with_422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = opened(key, session(orderId, "165.00", "http://localhost:8080/shop/paid"));

        open(TestTokens.salesSystem(Tenants.DEMO), key, session(orderId, "165.00", "http://localhost:8080/shop/paid"))
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
        open(TestTokens.salesSystem(Tenants.DEMO), key, session(orderId, "999.00", "http://localhost:8080/shop/paid"))
                .expectStatus().isEqualTo(422);
    }

    @Test
    void one_order_has_one_session_whatever_the_key() {
        Map<String, Object> first = opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid"));

        Map<String, Object> again = opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid"));
        open(TestTokens.salesSystem(Tenants.DEMO), UUID.randomUUID().toString(), session(orderId, "1.00", "http://localhost:8080/shop/paid"))
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(sessionsOf(orderId)).isEqualTo(1);
    }

    @Test
    void a_return_address_off_the_tenant_list_is_refused_and_nothing_is_stored() {
        String key = UUID.randomUUID().toString();
        open(TestTokens.salesSystem(Tenants.DEMO), key, session(orderId, "165.00", "https://evil.example/paid"))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("returnUrl")
                .jsonPath("$.errors[0].message").isEqualTo("is not one of this tenant's return addresses.");

        assertThat(sessionsOf(orderId)).isZero();
        assertThat(database.sql("select count(*) from idempotency_keys where idempotency_key = :key").bind("key", key)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void bad_input_names_every_wrong_field_and_stores_nothing() {
        open(TestTokens.salesSystem(Tenants.DEMO), UUID.randomUUID().toString(), """
                {"orderId": "", "customerId": "alice<script>", "currency": "EURO", "locale": "de", "colour": "red",
                 "lines": [{"ticketId": "T-1", "performanceId": "P-9", "performanceName": "La\\u202eTraviata",
                            "performanceStartsAt": "tomorrow", "price": "1e3"}],
                 "returnUrl": "javascript:alert(1)", "cancelUrl": "/relative"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'colour')]").exists()
                .jsonPath("$.errors[?(@.field == 'orderId')]").exists()
                .jsonPath("$.errors[?(@.field == 'customerId')]").exists()
                .jsonPath("$.errors[?(@.field == 'currency')]").exists()
                .jsonPath("$.errors[?(@.field == 'locale')].message")
                .isEqualTo("must be a language of the page: fr or en (a tag such as fr-CH is read as fr).")
                .jsonPath("$.errors[?(@.field == 'lines[0].performanceName')]").exists()
                .jsonPath("$.errors[?(@.field == 'lines[0].performanceStartsAt')]").exists()
                .jsonPath("$.errors[?(@.field == 'returnUrl')]").exists()
                .jsonPath("$.errors[?(@.field == 'cancelUrl')]").exists();
        open(TestTokens.salesSystem(Tenants.DEMO), UUID.randomUUID().toString(), session(orderId, "1.005", "http://localhost:8080/shop/paid"))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("lines[0].price")
                .jsonPath("$.errors[0].message").isEqualTo("EUR amounts have at most 2 decimals.");

        assertThat(sessionsOf(orderId)).isZero();
    }

    @Test
    void another_tenant_never_sees_the_session_and_only_the_sales_system_opens_or_reads_one() {
        String id = (String) opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid")).get("id");

        web.get().uri("/checkout-sessions/{id}", id).headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.OTHER)))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/checkout-sessions/{id}", id).headers(headers -> headers.setBearerAuth(TestTokens.customer(Tenants.DEMO, "alice")))
                .exchange().expectStatus().isForbidden();
        open(TestTokens.operator(Tenants.DEMO), UUID.randomUUID().toString(), session("ORD-" + UUID.randomUUID(), "1.00", "http://localhost:8080/shop/paid"))
                .expectStatus().isForbidden();
        web.get().uri("/checkout-sessions/not-a-session").headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO)))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void an_open_session_past_its_expiry_reads_as_expired() {
        String id = (String) opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid")).get("id");
        database.sql("update checkout_session set expires_at = now() - interval '1 second' where id = :id")
                .bind("id", UUID.fromString(id)).fetch().rowsUpdated().block();

        web.get().uri("/checkout-sessions/{id}", id).headers(headers -> headers.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO)))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("EXPIRED");
    }

    @Test
    void a_session_whose_time_ran_out_is_recorded_expired_and_announced_once() {
        String expiring = (String) opened(UUID.randomUUID().toString(), session(orderId, "165.00", "http://localhost:8080/shop/paid")).get("id");
        String open = (String) opened(UUID.randomUUID().toString(),
                session("ORD-" + UUID.randomUUID(), "165.00", "http://localhost:8080/shop/paid")).get("id");
        database.sql("update checkout_session set expires_at = now() - interval '1 second' where id = :id")
                .bind("id", UUID.fromString(expiring)).fetch().rowsUpdated().block();

        await().atMost(Duration.ofSeconds(30)).until(() -> recordedStateOf(expiring).equals("EXPIRED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> expiredEventsOf(expiring).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> expiredEventsOf(expiring).size() == 1);

        ConsumerRecord<String, byte[]> event = expiredEventsOf(expiring).get(0);
        assertThat(TopicReader.headerAsString(event, "ce_type")).isEqualTo("com.secutix.payments.checkout.expired.v1");
        assertThat(TopicReader.headerAsString(event, "ce_source")).isEqualTo("/secutix/payments/checkout-bff");
        assertThat(TopicReader.valueAsString(event)).contains("\"orderId\":\"" + orderId + "\"",
                "\"total\":{\"minorUnits\":24750,\"currency\":\"EUR\"}");
        assertThat(recordedStateOf(open)).isEqualTo("OPEN");
        assertThat(expiredEventsOf(open)).isEmpty();
    }

    private String recordedStateOf(String id) {
        return database.sql("select state from checkout_session where id = :id").bind("id", UUID.fromString(id))
                .map(row -> row.get(0, String.class)).one().block();
    }

    private static List<ConsumerRecord<String, byte[]>> expiredEventsOf(String sessionId) {
        return TopicReader.readAll(Topics.CHECKOUTS).stream().filter(record -> sessionId.equals(record.key())).toList();
    }

    private long sessionsOf(String order) {
        return database.sql("select count(*) from checkout_session where order_id = :order").bind("order", order)
                .map(row -> row.get(0, Long.class)).one().block();
    }
}
