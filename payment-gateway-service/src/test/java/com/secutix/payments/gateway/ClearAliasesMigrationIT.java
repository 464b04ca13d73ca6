package com.secutix.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.cardentry.application.CardEntries;
import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.payment.application.Payments;
import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.testsupport.DatabaseDump;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.SharedPostgres;
import com.secutix.payments.testsupport.Tenants;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A database of the gateway from before migration V7, with aliases in clear in its four tables: the service started
 * on it seals every one (V7), drops the clear columns, and reads every alias back.
 */
class ClearAliasesMigrationIT {

    private static final String DATABASE = "gateway_clear_aliases_" + Math.abs(new SecureRandom().nextInt(1_000_000));

    @Test
    void migration_v7_seals_every_clear_alias_and_drops_the_clear_columns() {
        SharedPostgres.createDatabase(DATABASE);
        String customer = "customer-" + UUID.randomUUID();
        String paymentAlias = alias();
        String formAlias = alias();
        String registeredAlias = alias();
        String savedAlias = alias();
        PaymentId payment = new PaymentId(UUID.randomUUID());
        CardEntryReference form = CardEntryReference.random(new SecureRandom());
        UUID savedCard = UUID.randomUUID();

        try (ConfigurableApplicationContext beforeV7 = start("--spring.flyway.target=6")) {
            DatabaseClient database = beforeV7.getBean(DatabaseClient.class);
            database.sql("""
                            insert into payments (id, tenant_id, order_reference, customer_id, channel, operation,
                                                  amount_minor_units, currency, psp_alias, save_card, state, ogone_order_id,
                                                  created_at, updated_at, version)
                            values (:id, :tenant, 'ORD-1', :customer, 'WEB', 'SALE', 8250, 'EUR', :alias, false, 'DECLINED',
                                    :orderId, now(), now(), 0)
                            """)
                    .bind("id", payment.value()).bind("tenant", Tenants.DEMO).bind("customer", customer)
                    .bind("alias", paymentAlias).bind("orderId", OgoneOrderId.of(payment).value()).then().block();
            database.sql("""
                            insert into card_entry_forms (tenant_id, reference, customer_id, issued_to, order_reference,
                                                          psp_alias, updates_alias, issued_at, expires_at)
                            values (:tenant, :reference, :customer, 'sales-system', 'ORD-1', :alias, false, now(),
                                    now() + interval '1 hour')
                            """)
                    .bind("tenant", Tenants.DEMO).bind("reference", form.value()).bind("customer", customer)
                    .bind("alias", formAlias).then().block();
            database.sql("""
                            insert into card_registrations (tenant_id, psp_alias, customer_id, entered_by, entered_at,
                                                            updated_at, card_brand, card_masked_number, card_expiry)
                            values (:tenant, :alias, :customer, 'sales-system', now(), now(), 'VISA', 'XXXXXXXXXXXX1111', '12/30')
                            """)
                    .bind("tenant", Tenants.DEMO).bind("alias", registeredAlias).bind("customer", customer).then().block();
            database.sql("""
                            insert into saved_cards (card_id, tenant_id, customer_id, psp_alias, card_brand,
                                                     card_masked_number, card_expiry, saved_at)
                            values (:id, :tenant, :customer, :alias, 'VISA', 'XXXXXXXXXXXX1111', '12/30', now())
                            """)
                    .bind("id", savedCard).bind("tenant", Tenants.DEMO).bind("customer", customer)
                    .bind("alias", savedAlias).then().block();
        }

        try (ConfigurableApplicationContext migrated = start()) {
            DatabaseClient database = migrated.getBean(DatabaseClient.class);
            assertThat(DatabaseDump.placesHolding(database, List.of(paymentAlias, formAlias, registeredAlias, savedAlias))).isEmpty();
            assertThat(database.sql("select count(*) from information_schema.columns where column_name = 'psp_alias'")
                    .map(row -> row.get(0, Long.class)).one().block()).isZero();
            assertThat(migrated.getBean(Payments.class).find(Tenants.DEMO, payment).block().details().alias().value())
                    .isEqualTo(paymentAlias);
            assertThat(migrated.getBean(CardEntries.class).find(Tenants.DEMO, form).block().alias().value()).isEqualTo(formAlias);
            assertThat(migrated.getBean(CardRegistrations.class).find(Tenants.DEMO, new CardAlias(registeredAlias)).block())
                    .satisfies(registration -> assertThat(registration.customerId()).isEqualTo(customer));
            assertThat(migrated.getBean(SavedCards.class).find(Tenants.DEMO, customer, savedCard).block().pspAlias())
                    .isEqualTo(savedAlias);
        }
    }

    private static String alias() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
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
        return new SpringApplicationBuilder(PaymentGatewayApplication.class).profiles("local").run(arguments.toArray(String[]::new));
    }
}
