package com.secutix.payments.checkout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.CheckoutBffApplication;
import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.testsupport.DatabaseDump;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.SharedPostgres;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A database of the BFF from before migration V3, an entered card's alias in clear: the service started on it seals
 * the alias for the session's tenant (V3), drops the clear column, and reads the alias back.
 */
class ClearAliasMigrationIT {

    private static final String DATABASE = "checkout_clear_alias_" + Math.abs(new SecureRandom().nextInt(1_000_000));

    @Test
    void migration_v3_seals_the_clear_alias_of_an_entered_card_and_drops_the_clear_column() {
        SharedPostgres.createDatabase(DATABASE);
        UUID session = UUID.randomUUID();
        String alias = "ALIAS-" + UUID.randomUUID();
        try (ConfigurableApplicationContext beforeV3 = start("--spring.flyway.target=2")) {
            DatabaseClient database = beforeV3.getBean(DatabaseClient.class);
            database.sql("""
                            insert into checkout_session (id, tenant_id, order_id, customer_id, currency, locale, lines,
                                                          return_url, cancel_url, state, created_at, expires_at)
                            values (:id, 'demo-theatre', :order, 'alice', 'EUR', 'fr-CH', '[]'::jsonb,
                                    'http://localhost:8080/shop/paid', 'http://localhost:8080/shop/cancelled', 'OPEN',
                                    now(), now() + interval '1 hour')
                            """)
                    .bind("id", session).bind("order", "ORD-" + session).then().block();
            database.sql("""
                            insert into checkout_entered_card (session_id, psp_alias, brand, masked_number, expiry, holder_name, entered_at)
                            values (:id, :alias, 'VISA', 'XXXXXXXXXXXX1111', '12/30', 'Alice Martin', now())
                            """)
                    .bind("id", session).bind("alias", alias).then().block();
        }

        try (ConfigurableApplicationContext migrated = start()) {
            DatabaseClient database = migrated.getBean(DatabaseClient.class);
            assertThat(DatabaseDump.placesHolding(database, List.of(alias))).isEmpty();
            assertThat(database.sql("select tenant_id from checkout_entered_card where session_id = :id").bind("id", session)
                    .map(row -> row.get(0, String.class)).one().block()).isEqualTo("demo-theatre");
            assertThat(migrated.getBean(CheckoutPayments.class).enteredCard(new CheckoutSessionId(session)).block().alias())
                    .isEqualTo(alias);
        }
    }

    private static ConfigurableApplicationContext start(String... more) {
        List<String> arguments = new ArrayList<>(List.of(more));
        arguments.addAll(List.of(
                "--spring.r2dbc.url=" + SharedPostgres.r2dbcUrl(DATABASE),
                "--spring.r2dbc.username=" + SharedPostgres.user(),
                "--spring.r2dbc.password=" + SharedPostgres.password(),
                "--spring.flyway.url=" + SharedPostgres.jdbcUrl(DATABASE),
                "--spring.flyway.user=" + SharedPostgres.user(),
                "--spring.flyway.password=" + SharedPostgres.password(),
                "--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
                "--spring.kafka.listener.auto-startup=false",
                "--payments.outbox.relay-enabled=false",
                "--server.port=0"));
        return new SpringApplicationBuilder(CheckoutBffApplication.class).profiles("local").run(arguments.toArray(String[]::new));
    }
}
