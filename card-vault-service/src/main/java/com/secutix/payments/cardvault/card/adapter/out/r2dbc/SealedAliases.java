package com.secutix.payments.cardvault.card.adapter.out.r2dbc;

import com.secutix.payments.platform.secrets.SealedColumn;
import com.secutix.payments.platform.secrets.SealingMigration;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.platform.secrets.SecretsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The saved cards' aliases are sealed ({@code saved_card.psp_alias_sealed}, platform {@code secrets}) and found by
 * their blind index ({@code psp_alias_digest}): the column the rotation command re-seals, and migration V3, which
 * seals the aliases a database still holds in clear and drops the clear column.
 */
@Configuration(proxyBeanMethods = false)
class SealedAliases {

    static final SealedColumn SAVED_CARD_ALIASES = SealedColumn.pspAliases("saved_card", "psp_alias_sealed");

    @Bean
    SealedColumn savedCardAliases() {
        return SAVED_CARD_ALIASES;
    }

    /** V3: the clear {@code psp_alias} becomes {@code psp_alias_sealed} + {@code psp_alias_digest}, in one transaction. */
    @Bean
    SealingMigration sealSavedCardAliases(SecretSealer sealer, SecretsProperties properties) {
        return SealingMigration.version("3", "seal saved card aliases")
                .sql("ALTER TABLE saved_card ADD COLUMN psp_alias_sealed VARCHAR(400), ADD COLUMN psp_alias_digest VARCHAR(64)")
                .sql("ALTER TABLE saved_card ALTER COLUMN psp_alias DROP NOT NULL")
                .sealClear(SAVED_CARD_ALIASES, "psp_alias", "psp_alias_digest")
                .sql("ALTER TABLE saved_card DROP CONSTRAINT saved_card_alias_once_per_customer")
                .sql("ALTER TABLE saved_card DROP COLUMN psp_alias")
                .sql("ALTER TABLE saved_card ALTER COLUMN psp_alias_sealed SET NOT NULL, ALTER COLUMN psp_alias_digest SET NOT NULL")
                // a customer holds a given alias once: the same alias of the same tenant has the same digest
                .sql("ALTER TABLE saved_card ADD CONSTRAINT saved_card_alias_once_per_customer "
                        + "UNIQUE (tenant_id, customer_id, psp_alias_digest)")
                .build(sealer, properties);
    }
}
