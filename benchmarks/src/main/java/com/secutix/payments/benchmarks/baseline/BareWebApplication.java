package com.secutix.payments.benchmarks.baseline;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * B-web: the least a WebFlux + R2DBC service can do for a request: read the body, insert it as one row
 * (about 500 bytes) into the {@code benchmark} database, answer 201. No security, no tracing, no outbox:
 * the denominator the payment path is compared with, run on the same JVM flags as the services.
 */
@SpringBootApplication
public class BareWebApplication {

    public static final String PATH = "/rows";

    public static void main(String[] args) {
        SpringApplication.run(BareWebApplication.class, args);
    }

    @Bean
    RouterFunction<ServerResponse> rows(DatabaseClient database) {
        return RouterFunctions.route().POST(PATH, request -> request.bodyToMono(String.class)
                .flatMap(body -> database.sql("insert into bare_web_rows (id, payload, created_at) values (:id, :payload, :at)")
                        .bind("id", UUID.randomUUID())
                        .bind("payload", body)
                        .bind("at", Instant.now())
                        .fetch().rowsUpdated())
                .flatMap(inserted -> ServerResponse.status(HttpStatus.CREATED).bodyValue("{\"inserted\":" + inserted + "}")))
                .build();
    }

    /** The table, created once the application runs (the caller waits for a first 201). */
    @Bean
    ApplicationRunner bareWebTable(DatabaseClient database) {
        return arguments -> database.sql("create table if not exists bare_web_rows"
                + " (id uuid primary key, payload text not null, created_at timestamptz not null)").then().block();
    }
}
