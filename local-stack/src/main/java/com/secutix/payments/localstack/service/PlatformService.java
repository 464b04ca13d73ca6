package com.secutix.payments.localstack.service;

import java.util.List;
import java.util.Optional;

/**
 * A service that the local stack runs as a child process: its Maven module (whose
 * {@code target/<module>-<version>-exec.jar} is run), its HTTP port and its database, if any.
 */
public record PlatformService(String name, String module, int port, Optional<String> database) {

    public static final PlatformService PSP_SIMULATOR = new PlatformService("psp-simulator", "psp-simulator", 8090, Optional.empty());

    /** Start order: the PSP simulator first (the gateway calls it), then the five services. */
    public static final List<PlatformService> ALL = List.of(
            PSP_SIMULATOR,
            new PlatformService("payment-gateway", "payment-gateway-service", 8081, Optional.of("gateway")),
            new PlatformService("card-vault", "card-vault-service", 8082, Optional.of("cardvault")),
            new PlatformService("installment", "installment-service", 8083, Optional.of("installment")),
            new PlatformService("refund", "refund-service", 8084, Optional.of("refund")),
            new PlatformService("checkout-bff", "checkout-bff", 8080, Optional.of("checkout")));

    public static List<String> databases() {
        return ALL.stream().flatMap(service -> service.database().stream()).toList();
    }

    public String healthUrl() {
        return baseUrl() + "/actuator/health";
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Finds a service by its short name or its module name. */
    public static Optional<PlatformService> named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name) || service.module().equals(name)).findFirst();
    }
}
