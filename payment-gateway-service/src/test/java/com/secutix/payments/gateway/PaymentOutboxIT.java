package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.saleFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.platform.outbox.OutboxRelay;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The state change and its event commit together; the event survives a relay that was not running. */
class PaymentOutboxIT extends GatewayIntegrationTest {

    @Autowired
    private OutboxRelay relay;

    @Test
    void a_gateway_stopped_between_the_database_commit_and_the_kafka_publish_loses_no_event() throws Exception {
        new OgoneStub(ogone).orderAnswers(status(9, "3016001"));
        String customer = "customer-" + UUID.randomUUID();
        relay.stop();
        String id;
        try {
            id = (String) http.post().uri("/payments")
                    .headers(h -> {
                        h.setBearerAuth(TestTokens.salesSystem(Tenants.DEMO));
                        h.set("Idempotency-Key", anyKey());
                    })
                    .bodyValue(saleFor(customer, cardOnFile(customer)))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("id");

            assertThat(count("select count(*) from outbox_events where message_key = :id and published_at is null",
                    Map.of("id", id))).isEqualTo(1);
            Thread.sleep(1000);
            assertThat(PaymentApiIT.eventsOf(id)).isEmpty();
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> !PaymentApiIT.eventsOf(id).isEmpty());
        Thread.sleep(500);
        assertThat(PaymentApiIT.eventsOf(id)).hasSize(1);
        assertThat(count("select count(*) from outbox_events where message_key = :id and published_at is not null",
                Map.of("id", id))).isEqualTo(1);
    }
}
