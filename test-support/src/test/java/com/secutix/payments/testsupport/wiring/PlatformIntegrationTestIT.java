package com.secutix.payments.testsupport.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.SharedPostgres;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;

/** One context for the whole class: a second one would cost another service start-up. */
@PlatformIntegrationTest(properties = "spring.flyway.password=inline-secret")
class PlatformIntegrationTestIT {

    @DynamicPropertySource
    static void dynamicProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.password", () -> "dynamic-secret");
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext context;

    @Autowired
    DatabaseClient database;

    @Autowired
    KafkaTemplate<String, String> kafka;

    WebTestClient web;

    @BeforeEach
    void connectToTheService() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void r2dbc_and_flyway_point_to_a_fresh_database_named_after_the_application() {
        String url = environment.getProperty("spring.r2dbc.url");

        assertThat(url).matches("r2dbc:postgresql://localhost:" + SharedPostgres.port() + "/wiring_check_service_\\d+");
        assertThat(environment.getProperty("spring.flyway.url"))
                .isEqualTo(SharedPostgres.jdbcUrl(url.substring(url.lastIndexOf('/') + 1)));
        assertThat(database.sql("SELECT current_database()").map(row -> row.get(0, String.class)).one().block())
                .isEqualTo(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void flyway_migrated_the_database_at_start_up() {
        String greeting = database.sql("SELECT text FROM greeting").map(row -> row.get("text", String.class))
                .one().block();

        assertThat(greeting).isEqualTo("migrated over JDBC");
    }

    @Test
    void kafka_clients_talk_to_the_shared_broker() throws Exception {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(SharedKafka.bootstrapServers());

        kafka.send("wiring.check", "key-1", "hello").get();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TopicReader.readAll("wiring.check"))
                .extracting(ConsumerRecord::key).contains("key-1"));
    }

    @Test
    void consumers_start_from_the_earliest_offset_by_default() {
        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("earliest");
    }

    @Test
    void properties_given_by_the_test_win_over_the_wired_ones() {
        // the server trusts local connections: these passwords are accepted and ignored
        assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("inline-secret");
        assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo("dynamic-secret");
        assertThat(environment.getProperty("spring.r2dbc.username")).isEqualTo(SharedPostgres.user());
    }

    @Test
    void the_only_jwt_decoder_is_the_one_trusting_test_tokens() {
        assertThat(context.getBeansOfType(ReactiveJwtDecoder.class)).containsOnlyKeys("testTokensJwtDecoder");
    }

    @Test
    void accepts_a_test_token_and_exposes_its_claims() {
        web.get().uri("/caller")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer(Tenants.DEMO, "customer-42")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sub").isEqualTo("customer-42")
                .jsonPath("$.tenant_id").isEqualTo(Tenants.DEMO)
                .jsonPath("$.roles[0]").isEqualTo("customer");
    }

    @Test
    void refuses_a_request_without_a_token() {
        web.get().uri("/caller").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refuses_an_expired_token() {
        web.get().uri("/caller")
                .headers(headers -> headers.setBearerAuth(TestTokens.expired(Tenants.DEMO, "customer-42")))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void refuses_a_token_signed_by_another_key() {
        web.get().uri("/caller")
                .headers(headers -> headers.setBearerAuth(TestTokens.signedByAnotherKey(Tenants.DEMO, "customer-42")))
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
