package com.secutix.payments.platform.config;

import com.secutix.payments.platform.database.ConnectionFactoriesWithoutObservation;
import com.secutix.payments.platform.database.ObservationFreeConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The clock every platform component reads time from (a service, or a test, may declare its own), and the database
 * driver run outside the callers' observations ({@link ObservationFreeConnectionFactory}).
 */
@AutoConfiguration
public class PlatformCoreAutoConfiguration {

    @Bean
    public static ConnectionFactoriesWithoutObservation connectionFactoriesWithoutObservation() {
        return new ConnectionFactoriesWithoutObservation();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
