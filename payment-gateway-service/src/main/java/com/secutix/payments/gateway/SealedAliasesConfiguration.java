package com.secutix.payments.gateway;

import com.secutix.payments.platform.secrets.SealedColumn;
import com.secutix.payments.platform.secrets.SealingMigration;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.secrets.SecretsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every PSP alias the gateway keeps is sealed (platform {@code secrets}): {@code payments}, {@code card_entry_forms},
 * {@code card_registrations} (keyed by the alias's blind index, {@code psp_alias_digest}) and {@code saved_cards}.
 * These are the columns the rotation command re-seals, and migration V7 seals the aliases a database still holds
 * in clear, then drops the clear columns (one transaction).
 */
@Configuration(proxyBeanMethods = false)
class SealedAliasesConfiguration {

    static final SealedColumn PAYMENTS = SealedColumn.pspAliases("payments", "psp_alias_sealed");
    static final SealedColumn CARD_ENTRY_FORMS = SealedColumn.pspAliases("card_entry_forms", "psp_alias_sealed");
    static final SealedColumn CARD_REGISTRATIONS = SealedColumn.pspAliases("card_registrations", "psp_alias_sealed");
    static final SealedColumn SAVED_CARDS = SealedColumn.pspAliases("saved_cards", "psp_alias_sealed");

    @Bean
    SealedColumn paymentAliases() {
        return PAYMENTS;
    }

    @Bean
    SealedColumn cardEntryFormAliases() {
        return CARD_ENTRY_FORMS;
    }

    @Bean
    SealedColumn cardRegistrationAliases() {
        return CARD_REGISTRATIONS;
    }

    @Bean
    SealedColumn savedCardAliases() {
        return SAVED_CARDS;
    }

    /** V7: each clear {@code psp_alias} becomes {@code psp_alias_sealed} (+ {@code psp_alias_digest} where looked up). */
    @Bean
    SealingMigration sealGatewayAliases(SecretSealer sealer, SecretsProperties properties) {
        return SealingMigration.version("7", "seal psp aliases")
                .sql("alter table payments add column psp_alias_sealed varchar(400), alter column psp_alias drop not null")
                .sealClear(PAYMENTS, "psp_alias", null)
                .sql("alter table payments drop column psp_alias, alter column psp_alias_sealed set not null")
                .sql("alter table card_entry_forms add column psp_alias_sealed varchar(400), alter column psp_alias drop not null")
                .sealClear(CARD_ENTRY_FORMS, "psp_alias", null)
                .sql("alter table card_entry_forms drop column psp_alias, alter column psp_alias_sealed set not null")
                .sql("alter table card_registrations drop constraint card_registrations_pkey")
                .sql("alter table card_registrations add column psp_alias_sealed varchar(400), "
                        + "add column psp_alias_digest varchar(64), alter column psp_alias drop not null")
                .sealClear(CARD_REGISTRATIONS, "psp_alias", "psp_alias_digest")
                .sql("alter table card_registrations drop column psp_alias, alter column psp_alias_sealed set not null, "
                        + "alter column psp_alias_digest set not null")
                // an alias is registered once per tenant: the same alias of the same tenant has the same digest
                .sql("alter table card_registrations add primary key (tenant_id, psp_alias_digest)")
                .sql("alter table saved_cards add column psp_alias_sealed varchar(400), alter column psp_alias drop not null")
                .sealClear(SAVED_CARDS, "psp_alias", null)
                .sql("alter table saved_cards drop column psp_alias, alter column psp_alias_sealed set not null")
                .build(sealer, properties);
    }
}
