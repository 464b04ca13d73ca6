package com.secutix.payments.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A full service on a random port against the JVM's shared infrastructure: the embedded Kafka
 * broker ({@link SharedKafka}), a fresh database on the embedded PostgreSQL ({@link SharedPostgres})
 * wired to R2DBC and Flyway, and a {@code ReactiveJwtDecoder} that accepts {@link TestTokens}.
 *
 * <p>The {@code local} profile is active: a service runs with its demo configuration
 * ({@code application-local.yml}: the demo PSP accounts, the DEMO secrets), as in the local stack.
 *
 * <p>Test classes with the same configuration share one application context (and so one database).
 * Properties given in {@link #properties()} win over the wired ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(SharedInfrastructureCustomizerFactory.class)
@ActiveProfiles(PlatformIntegrationTest.LOCAL_PROFILE)
public @interface PlatformIntegrationTest {

    /** The profile of the repository's demo configuration, which platform-core requires for demo values. */
    String LOCAL_PROFILE = "local";

    /** Extra {@code key=value} properties for this test's application context. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The configuration classes to load; by default the {@code @SpringBootConfiguration} found. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
