package com.secutix.payments.gateway;

import com.secutix.payments.testsupport.OgoneStubs;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SecretSealer;
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
        "payments.reconciliation.claim-for=10s",
        "payments.psp.accounts.demo-theatre.return-urls[0]=" + GatewayIntegrationTest.RETURN_URLS,
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".pspid=SECUTIXDEMO",
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".api-user=secutix-api",
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".api-password=demo-api-password",
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".sha-in-passphrase=Demo-SHA-IN-passphrase-2026",
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".sha-out-passphrase=Demo-SHA-OUT-passphrase-2026",
        "payments.psp.accounts." + GatewayIntegrationTest.POLICY_TENANT + ".return-urls[0]="
                + GatewayIntegrationTest.RETURN_URLS})
public abstract class GatewayIntegrationTest {

    /** The test tenant's return addresses (card entry and 3-D Secure): anything under this URL. */
    public static final String RETURN_URLS = "https://shop.example/";
    /**
     * A tenant with a PSP account (the demo tenant's, for the WireMock PSP) whose card policy the tests change
     * ({@code SavedCardCvvIT}); the demo tenant keeps the vault's default policy, which no test publishes.
     */
    public static final String POLICY_TENANT = "policy-theatre";
    /** The masked card {@link #cardOnFile} registers. */
    public static final String MASKED_NUMBER = "XXXXXXXXXXXX1111";

    protected static final OgoneStubs ogone = startOgone();

    @LocalServerPort
    private int port;

    @Autowired
    protected DatabaseClient database;

    /** The service's sealer: aliases are stored sealed, registrations keyed by the alias's digest. */
    @Autowired
    protected SecretSealer sealer;

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

    /**
     * A card entered at the PSP for the customer of the demo tenant, as card entry registers it (VISA
     * {@value #MASKED_NUMBER}, 12/30, Alice Martin): the alias to pay with, the security code typed with it good for
     * its first payment for 15 minutes.
     */
    protected String cardOnFile(String customerId) {
        return cardOnFile(Tenants.DEMO, customerId, "12/30");
    }

    protected String cardOnFile(String tenantId, String customerId, String expiry) {
        String alias = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        database.sql("""
                        insert into card_registrations (tenant_id, psp_alias_sealed, psp_alias_digest, customer_id,
                                                        entered_by, entered_at, updated_at, card_brand,
                                                        card_masked_number, card_expiry, card_holder_name,
                                                        entered_code_until)
                        values (:tenant, :alias, :digest, :customer, 'sales-system', now(), now(), 'VISA', :masked,
                                :expiry, 'Alice Martin', now() + interval '15 minutes')
                        """)
                .bind("tenant", tenantId)
                .bind("alias", sealed(tenantId, alias))
                .bind("digest", aliasDigest(tenantId, alias))
                .bind("customer", customerId)
                .bind("masked", MASKED_NUMBER)
                .bind("expiry", expiry)
                .then().block();
        return alias;
    }

    /**
     * A card the vault saved for the customer, as the gateway keeps it from {@code CardSaved} (MasterCard
     * XXXXXXXXXXXX4444, 01/31): the card id to pay with. Written straight to the table, for tests about the
     * payment only; {@code SavedCardPaymentsIT} has the vault's events.
     */
    protected UUID savedCardOnFile(String tenantId, String customerId) {
        UUID cardId = UUID.randomUUID();
        database.sql("""
                        insert into saved_cards (card_id, tenant_id, customer_id, psp_alias_sealed, card_brand,
                                                 card_masked_number, card_expiry, card_holder_name, saved_at)
                        values (:id, :tenant, :customer, :alias, 'MasterCard', 'XXXXXXXXXXXX4444', '01/31',
                                'Alice Martin', now())
                        """)
                .bind("id", cardId)
                .bind("tenant", tenantId)
                .bind("customer", customerId)
                .bind("alias", sealed(tenantId, "SAVED" + cardId.toString().replace("-", "").toUpperCase(Locale.ROOT)))
                .then().block();
        return cardId;
    }

    /**
     * A proof that the customer typed the saved card's security code a minute ago, good for ten more minutes, as a
     * CVV re-entry records it: for tests about the payment only; {@code SavedCardCvvIT} has the card entry.
     */
    protected void cvvEnteredFor(String tenantId, String customerId, UUID cardId) {
        database.sql("""
                        insert into cvv_proofs (tenant_id, card_entry_reference, customer_id, saved_card_id,
                                                entered_at, expires_at)
                        values (:tenant, :reference, :customer, :card, now() - interval '1 minute',
                                now() + interval '10 minutes')
                        """)
                .bind("tenant", tenantId)
                .bind("reference", "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 25)
                        .toUpperCase(Locale.ROOT))
                .bind("customer", customerId)
                .bind("card", cardId)
                .then().block();
    }

    /** An alias as the gateway stores it for the tenant (sealed). */
    protected String sealed(String tenantId, String alias) {
        return sealer.seal(alias, SealContext.pspAlias(tenantId));
    }

    /** The blind index the gateway finds an alias of the tenant by ({@code card_registrations.psp_alias_digest}). */
    protected String aliasDigest(String tenantId, String alias) {
        return sealer.lookupDigest(alias, SealContext.pspAlias(tenantId));
    }

    /** The same, for the demo tenant. */
    protected String aliasDigest(String alias) {
        return aliasDigest(Tenants.DEMO, alias);
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
