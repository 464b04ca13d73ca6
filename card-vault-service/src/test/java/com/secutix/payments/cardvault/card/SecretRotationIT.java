package com.secutix.payments.cardvault.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.cardvault.CardVaultApplication;
import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.cardvault.card.domain.SavedCardFixtures;
import com.secutix.payments.platform.secrets.SecretRotation;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.SharedPostgres;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Key rotation, across restarts of the service on one database: cards saved under key A; the service restarted with
 * key B active and A still in the ring, the rotation re-seals every alias under B; restarted with B only (A gone),
 * every card still reads back with its alias.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SecretRotationIT {

    private static final String KEY_A = randomKey();
    private static final String KEY_B = randomKey();
    private static final String DATABASE = "card_vault_rotation_" + Math.abs(new SecureRandom().nextInt(1_000_000));

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void after_the_rotation_the_old_key_leaves_the_ring_and_every_alias_still_opens() {
        SharedPostgres.createDatabase(DATABASE);
        CardOwner owner = new CardOwner("demo-theatre", "rotation-" + UUID.randomUUID());
        List<SavedCard> saved = IntStream.range(0, 7)
                .mapToObj(i -> new SavedCard(SavedCardFixtures.aliceVisa("ALIAS-" + UUID.randomUUID()).id(), owner,
                        new com.secutix.payments.cardvault.card.domain.PspAlias("ALIAS-" + UUID.randomUUID()),
                        SavedCardFixtures.visaExpiring(java.time.YearMonth.of(2029, 1)),
                        com.secutix.payments.cardvault.card.domain.SalesChannel.WEB, SavedCardFixtures.SAVED_AT.plusSeconds(i)))
                .toList();

        try (ConfigurableApplicationContext underA = start(Map.of("key-a", KEY_A), "key-a")) {
            underA.getBean(Cards.class).addAbsent(saved).collectList().block();
            assertThat(keyIdsOfStoredAliases(underA)).containsOnly("key-a").hasSize(7);
        }

        try (ConfigurableApplicationContext rotating = start(Map.of("key-a", KEY_A, "key-b", KEY_B), "key-b")) {
            Map<String, Long> counts = rotating.getBean(SecretRotation.class).rotate().block();

            assertThat(counts).containsEntry("saved_card.psp_alias_sealed", 7L);
            assertThat(keyIdsOfStoredAliases(rotating)).containsOnly("key-b");
            assertThat(rotating.getBean(SecretRotation.class).rotate().block()).containsEntry("saved_card.psp_alias_sealed", 0L);
        }

        try (ConfigurableApplicationContext underBOnly = start(Map.of("key-b", KEY_B), "key-b")) {
            assertThat(underBOnly.getBean(Cards.class).of(owner).collectList().block())
                    .extracting(card -> card.alias().value())
                    .containsExactlyElementsOf(saved.stream().map(card -> card.alias().value()).toList());
        }
    }

    @Test
    void the_rotation_command_re_seals_everything_prints_the_counts_and_exits(
            org.springframework.boot.test.system.CapturedOutput output) {
        String database = DATABASE + "_command";
        SharedPostgres.createDatabase(database);
        CardOwner owner = new CardOwner("demo-theatre", "command-" + UUID.randomUUID());
        List<SavedCard> saved = IntStream.range(0, 3)
                .mapToObj(i -> new SavedCard(SavedCardFixtures.aliceVisa("x").id(), owner,
                        new com.secutix.payments.cardvault.card.domain.PspAlias("ALIAS-" + UUID.randomUUID()),
                        SavedCardFixtures.visaExpiring(java.time.YearMonth.of(2029, 1)),
                        com.secutix.payments.cardvault.card.domain.SalesChannel.WEB, SavedCardFixtures.SAVED_AT.plusSeconds(i)))
                .toList();
        try (ConfigurableApplicationContext underA = start(database, Map.of("key-a", KEY_A), "key-a")) {
            underA.getBean(Cards.class).addAbsent(saved).collectList().block();
        }

        java.util.concurrent.atomic.AtomicInteger exitCode = new java.util.concurrent.atomic.AtomicInteger(-1);
        ConfigurableApplicationContext command = start(database, Map.of("key-a", KEY_A, "key-b", KEY_B), "key-b",
                List.of(context -> context.getBeanFactory().registerSingleton("testExit",
                        (com.secutix.payments.platform.secrets.SecretRotationCommand.Exit) exitCode::set)),
                "payments.secrets.rotate=true");

        assertThat(exitCode).hasValue(0);
        assertThat(command.isActive()).isFalse();
        assertThat(output).contains("re-sealed 3 value(s) of saved_card.psp_alias_sealed under key 'key-b'");
        try (ConfigurableApplicationContext underBOnly = start(database, Map.of("key-b", KEY_B), "key-b")) {
            assertThat(underBOnly.getBean(Cards.class).of(owner).collectList().block())
                    .extracting(card -> card.alias().value())
                    .containsExactlyElementsOf(saved.stream().map(card -> card.alias().value()).toList());
        }
    }

    @Test
    void without_the_key_of_a_stored_alias_reading_it_fails_naming_the_key() {
        String database = DATABASE + "_missing";
        SharedPostgres.createDatabase(database);
        CardOwner owner = new CardOwner("demo-theatre", "missing-key-" + UUID.randomUUID());
        SavedCard card = new SavedCard(SavedCardFixtures.aliceVisa("x").id(), owner,
                new com.secutix.payments.cardvault.card.domain.PspAlias("ALIAS-" + UUID.randomUUID()),
                SavedCardFixtures.visaExpiring(java.time.YearMonth.of(2029, 1)),
                com.secutix.payments.cardvault.card.domain.SalesChannel.WEB, SavedCardFixtures.SAVED_AT);
        try (ConfigurableApplicationContext underA = start(database, Map.of("key-a", KEY_A), "key-a")) {
            underA.getBean(Cards.class).addAbsent(List.of(card)).collectList().block();
        }
        try (ConfigurableApplicationContext underBOnly = start(database, Map.of("key-b", KEY_B), "key-b")) {
            assertThatThrownBy(() -> underBOnly.getBean(Cards.class).of(owner).collectList().block())
                    .hasMessageContaining("key 'key-a'").hasMessageNotContaining(card.alias().value());
        }
    }

    @Test
    void migration_v3_seals_the_aliases_an_existing_database_holds_in_clear_and_drops_the_clear_column() {
        String database = DATABASE + "_clear";
        SharedPostgres.createDatabase(database);
        CardOwner owner = new CardOwner("demo-theatre", "clear-" + UUID.randomUUID());
        List<String> aliases = IntStream.range(0, 5).mapToObj(i -> "ALIAS-" + UUID.randomUUID()).toList();
        try (ConfigurableApplicationContext beforeV3 = start(database, Map.of("key-a", KEY_A), "key-a", "spring.flyway.target=2")) {
            DatabaseClient client = beforeV3.getBean(DatabaseClient.class);
            for (int i = 0; i < aliases.size(); i++) {
                client.sql("""
                                INSERT INTO saved_card (id, tenant_id, customer_id, psp_alias, brand, masked_number, expiry_month,
                                                        holder_name, saved_through, saved_at)
                                VALUES (:id, :tenant, :customer, :alias, 'VISA', 'XXXXXXXXXXXX1111', '2029-01', 'Alice Martin', 'WEB',
                                        now() + make_interval(secs => :i))
                                """)
                        .bind("id", UUID.randomUUID()).bind("tenant", owner.tenantId()).bind("customer", owner.customerId())
                        .bind("alias", aliases.get(i)).bind("i", i).then().block();
            }
        }

        try (ConfigurableApplicationContext migrated = start(database, Map.of("key-a", KEY_A), "key-a")) {
            DatabaseClient client = migrated.getBean(DatabaseClient.class);
            assertThat(client.sql("select column_name from information_schema.columns where table_name = 'saved_card'")
                    .map(row -> row.get(0, String.class)).all().collectList().block())
                    .contains("psp_alias_sealed", "psp_alias_digest").doesNotContain("psp_alias");
            assertThat(keyIdsOfStoredAliases(migrated)).hasSize(5).containsOnly("key-a");
            assertThat(com.secutix.payments.testsupport.DatabaseDump.placesHolding(client, aliases)).isEmpty();
            assertThat(migrated.getBean(Cards.class).of(owner).collectList().block())
                    .extracting(card -> card.alias().value()).containsExactlyElementsOf(aliases);
        }
    }

    private static List<String> keyIdsOfStoredAliases(ConfigurableApplicationContext context) {
        return context.getBean(DatabaseClient.class).sql("select split_part(psp_alias_sealed, ':', 2) as key_id from saved_card")
                .map(row -> row.get("key_id", String.class)).all().collectList().block();
    }

    private static ConfigurableApplicationContext start(Map<String, String> keys, String active) {
        return start(DATABASE, keys, active);
    }

    private static ConfigurableApplicationContext start(String database, Map<String, String> keys, String active, String... more) {
        return start(database, keys, active, List.of(), more);
    }

    private static ConfigurableApplicationContext start(String database, Map<String, String> keys, String active,
            List<org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext>> initializers,
            String... more) {
        List<String> properties = new ArrayList<>(List.of(more));
        properties.addAll(List.of(
                "spring.r2dbc.url=" + SharedPostgres.r2dbcUrl(database),
                "spring.r2dbc.username=" + SharedPostgres.user(),
                "spring.r2dbc.password=" + SharedPostgres.password(),
                "spring.flyway.url=" + SharedPostgres.jdbcUrl(database),
                "spring.flyway.user=" + SharedPostgres.user(),
                "spring.flyway.password=" + SharedPostgres.password(),
                "spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers(),
                "spring.kafka.listener.auto-startup=false",
                "payments.outbox.relay-enabled=false",
                "server.port=0",
                "payments.secrets.active-key=" + active));
        keys.forEach((id, key) -> properties.add("payments.secrets.keys." + id + "=" + key));
        // command-line arguments: above the service's own configuration files
        return new SpringApplicationBuilder(CardVaultApplication.class).profiles("local")
                .initializers(initializers.toArray(org.springframework.context.ApplicationContextInitializer[]::new))
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
