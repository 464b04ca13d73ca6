package com.secutix.payments.localstack.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Asks a service's {@code /actuator/health} whether it is UP, without blocking the caller. */
public final class HealthProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** A service's first answer is slow (cold code paths, busy CPUs); cutting it short only restarts the wait. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    public CompletableFuture<Boolean> isUp(PlatformService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.healthUrl())).timeout(ANSWER_TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\""))
                .exceptionally(failure -> false);
    }
}
