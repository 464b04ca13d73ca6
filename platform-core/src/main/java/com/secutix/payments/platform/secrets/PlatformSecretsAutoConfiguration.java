package com.secutix.payments.platform.secrets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Secrets at rest: the {@link SecretSealer} of the configured key ring ({@code payments.secrets.*}), the
 * {@link SecretRotation} of the service's {@link SealedColumn} beans, and the rotation command
 * ({@code payments.secrets.rotate=true}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@EnableConfigurationProperties(SecretsProperties.class)
public class PlatformSecretsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("payments.secrets.active-key")
    public SecretSealer secretSealer(SecretsProperties properties) {
        return new SecretSealer(SecretKeyRing.of(properties.keys(), properties.activeKey(), properties.lookupKey()));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({SecretSealer.class, DatabaseClient.class, ReactiveTransactionManager.class})
    public SecretRotation secretRotation(DatabaseClient database, ReactiveTransactionManager transactionManager,
                                         SecretSealer sealer, ObjectProvider<SealedColumn> columns, SecretsProperties properties) {
        return new SecretRotation(database, TransactionalOperator.create(transactionManager), sealer,
                columns.orderedStream().toList(), properties.rotationBatch());
    }

    @Bean
    @ConditionalOnBean(SecretRotation.class)
    @ConditionalOnProperty(name = "payments.secrets.rotate", havingValue = "true")
    public SecretRotationCommand secretRotationCommand(SecretRotation rotation, SecretSealer sealer,
                                                       ConfigurableApplicationContext context,
                                                       ObjectProvider<SecretRotationCommand.Exit> exit) {
        return new SecretRotationCommand(rotation, sealer, context, exit.getIfAvailable(() -> System::exit));
    }
}
