package com.secutix.payments.gateway;

import com.secutix.payments.testsupport.OgoneStubs;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway against the shared embedded Kafka and PostgreSQL, with WireMock in place of Ogone.
 * Every IT extends this class, so they share one application context. Back-off delays are seconds.
 * {@code X-Forwarded-For} is trusted here (production does not trust it by default), so a test can call
 * from its own {@link ClientAddresses client address}; the attempt limits are the defaults of application.yml.
 */
@PlatformIntegrationTest(properties = {
        "server.forward-headers-strategy=native",
        "payments.psp.connect-timeout=500ms",
        "payments.psp.read-timeout=1s",
        "payments.reconciliation.first-delays=2s,1s",
        "payments.reconciliation.thereafter=1s",
        "payments.reconciliation.max-checks=4",
        "payments.reconciliation.poll-interval=300ms",
        "payments.reconciliation.claim-for=10s"})
public abstract class GatewayIntegrationTest {

    protected static final OgoneStubs ogone = startOgone();

    @LocalServerPort
    private int port;

    @Autowired
    protected DatabaseClient database;

    protected WebTestClient http;

    private static OgoneStubs startOgone() {
        OgoneStubs stubs = OgoneStubs.startOnFreePort();
        Runtime.getRuntime().addShutdownHook(new Thread(stubs.server()::stop, "ogone-wiremock-shutdown"));
        return stubs;
    }

    @DynamicPropertySource
    static void pointAtOgone(DynamicPropertyRegistry registry) {
        registry.add("payments.psp.base-url", ogone::baseUrl);
    }

    @BeforeEach
    void resetOgoneAndClient() {
        ogone.reset();
        http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    protected long count(String sql, Map<String, Object> parameters) {
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        return spec.map(row -> row.get(0, Long.class)).one().block();
    }

    protected long paymentsOfOrder(String orderReference) {
        return count("select count(*) from payments where order_reference = :ref", Map.of("ref", orderReference));
    }

    protected long transactionsOf(String paymentId) {
        return count("select count(*) from psp_transactions where payment_id = :id",
                Map.of("id", UUID.fromString(paymentId)));
    }
}
