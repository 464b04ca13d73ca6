package com.secutix.payments.platform.database;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Wraps every R2DBC connection factory bean (Spring Boot's pool, a test's own) in an {@link ObservationFreeConnectionFactory}. */
public final class ConnectionFactoriesWithoutObservation implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ConnectionFactory factory && !(bean instanceof ObservationFreeConnectionFactory)
                ? new ObservationFreeConnectionFactory(factory) : bean;
    }
}
