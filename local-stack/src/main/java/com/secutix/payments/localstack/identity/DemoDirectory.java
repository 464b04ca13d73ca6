package com.secutix.payments.localstack.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo identities of the local stack (docs/conventions.md, "Configuration defaults"): two tenants,
 * each with its own machine clients and people, so cross-tenant isolation can be tried by hand.
 *
 * <p>DEMO VALUES ONLY: these secrets and passwords are published in the repository and must never
 * be used outside a developer's machine. Production points the services at SecuTix's identity
 * provider.
 */
public final class DemoDirectory {

    public static final String DEMO_TENANT = "demo-theatre";
    public static final String SECOND_DEMO_TENANT = "demo-stadium";

    /** The audience of every access token: the five services ({@code spring.application.name} of each). */
    public static final List<String> SERVICES = List.of(
            "payment-gateway-service", "card-vault-service", "installment-service", "refund-service", "checkout-bff");

    /** A machine client (client_credentials) or a person (login form), with its tenant and roles. */
    public record Identity(String name, String demoSecret, String tenantId, Set<String> roles) {
    }

    private static final List<Identity> MACHINE_CLIENTS = List.of(
            new Identity("sales-system", "sales-system-secret", DEMO_TENANT, Set.of("sales_system")),
            new Identity("box-office", "box-office-secret", DEMO_TENANT, Set.of("box_office")),
            new Identity("checkout-bff", "checkout-bff-demo-secret", DEMO_TENANT, Set.of("checkout")),
            new Identity("stadium-checkout-bff", "stadium-checkout-bff-demo-secret", SECOND_DEMO_TENANT, Set.of("checkout")),
            new Identity("stadium-sales-system", "stadium-sales-system-secret", SECOND_DEMO_TENANT, Set.of("sales_system")),
            new Identity("stadium-box-office", "stadium-box-office-secret", SECOND_DEMO_TENANT, Set.of("box_office")));

    private static final List<Identity> USERS = List.of(
            new Identity("alice", "alice-demo", DEMO_TENANT, Set.of("customer")),
            new Identity("olivia", "olivia-demo", DEMO_TENANT, Set.of("operator")),
            new Identity("adam", "adam-demo", DEMO_TENANT, Set.of("admin")),
            new Identity("bruno", "bruno-demo", SECOND_DEMO_TENANT, Set.of("customer")),
            new Identity("oscar", "oscar-demo", SECOND_DEMO_TENANT, Set.of("operator")));

    /** The public browser client of the checkout page: authorization code with PKCE, no secret. */
    public static final String CHECKOUT_WEB_CLIENT = "checkout-web";

    /**
     * The public client of the command line (local-stack/README.md): authorization code with PKCE driven by
     * curl; its redirect URI is never served, curl only reads the code from the redirect.
     */
    public static final String COMMAND_LINE_CLIENT = "demo-cli";
    public static final String COMMAND_LINE_REDIRECT = "http://127.0.0.1:8400/callback";

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
