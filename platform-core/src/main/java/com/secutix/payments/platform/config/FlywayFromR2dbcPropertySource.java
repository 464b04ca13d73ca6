package com.secutix.payments.platform.config;

import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Derives Flyway's JDBC connection from the service's R2DBC one, at the moment it is asked for, so
 * that URLs registered late (tests set {@code spring.r2dbc.url} dynamically) are honoured too. Any
 * explicit {@code spring.flyway.*} value wins, as this source comes last.
 */
class FlywayFromR2dbcPropertySource extends PropertySource<Object> {

    static final String NAME = "platformFlywayFromR2dbc";

    /**
     * Not exposed as the source: Boot walks into property sources whose source is an environment,
     * and this one is inside the environment it reads.
     */
    private final Environment environment;

    FlywayFromR2dbcPropertySource(Environment environment) {
        super(NAME, new Object());
        this.environment = environment;
    }

    @Override
    public Object getProperty(String name) {
        return switch (name) {
            case "spring.flyway.url" -> jdbcUrlOf(environment.getProperty("spring.r2dbc.url"));
            case "spring.flyway.user" -> environment.getProperty("spring.r2dbc.username");
            case "spring.flyway.password" -> environment.getProperty("spring.r2dbc.password");
            default -> null;
        };
    }

    /** {@code r2dbc:postgresql://host:5433/db?x=y} (or {@code r2dbc:pool:postgresql:...}) to {@code jdbc:postgresql://host:5433/db?x=y}. */
    static String jdbcUrlOf(String r2dbcUrl) {
        if (r2dbcUrl == null || !r2dbcUrl.startsWith("r2dbc:")) {
            return null;
        }
        String rest = r2dbcUrl.substring("r2dbc:".length());
        if (rest.startsWith("pool:")) {
            rest = rest.substring("pool:".length());
        }
        if (!rest.startsWith("postgresql:") && !rest.startsWith("postgres:")) {
            return null;
        }
        return "jdbc:postgresql:" + rest.substring(rest.indexOf(':') + 1);
    }
}
