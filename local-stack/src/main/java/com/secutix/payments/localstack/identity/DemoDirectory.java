package com.secutix.payments.localstack.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo identities of the local stack (docs/conventions.md, "Configuration defaults").
 *
 * <p>DEMO VALUES ONLY: these secrets and passwords are published in the repository and must never
 * be used outside a developer's machine. Production points the services at SecuTix's identity
 * provider.
 */
public final class DemoDirectory {

    public static final String DEMO_TENANT = "demo-theatre";

    /** A machine client (client_credentials) or a person (login form), with its tenant and roles. */
    public record Identity(String name, String demoSecret, String tenantId, Set<String> roles) {
    }

    private static final List<Identity> MACHINE_CLIENTS = List.of(
            new Identity("sales-system", "sales-system-secret", DEMO_TENANT, Set.of("sales_system")),
            new Identity("box-office", "box-office-secret", DEMO_TENANT, Set.of("box_office")));

    private static final List<Identity> USERS = List.of(
            new Identity("alice", "alice-demo", DEMO_TENANT, Set.of("customer")),
            new Identity("olivia", "olivia-demo", DEMO_TENANT, Set.of("operator")),
            new Identity("adam", "adam-demo", DEMO_TENANT, Set.of("admin")));

    /** The public browser client of the checkout page: authorization code with PKCE, no secret. */
    public static final String CHECKOUT_WEB_CLIENT = "checkout-web";

    private DemoDirectory() {
    }

    public static List<Identity> machineClients() {
        return MACHINE_CLIENTS;
    }

    public static List<Identity> users() {
        return USERS;
    }

    public static Optional<Identity> machineClient(String clientId) {
        return MACHINE_CLIENTS.stream().filter(client -> client.name().equals(clientId)).findFirst();
    }

    public static Optional<Identity> user(String userName) {
        return USERS.stream().filter(user -> user.name().equals(userName)).findFirst();
    }
}
