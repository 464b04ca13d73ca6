package com.secutix.payments.localstack.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local stack's OAuth2/OIDC authorization server (Spring Authorization Server), issuer
 * {@code http://localhost:9000}, with the demo clients and users of {@link DemoDirectory}.
 */
@SpringBootApplication
public class IdentityProviderApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(IdentityProviderApplication.class, args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
