package com.secutix.payments.localstack.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import com.secutix.payments.localstack.identity.DemoDirectory;
import com.secutix.payments.localstack.service.PlatformService;

/** What a person needs once the platform is up: where everything is, the demo data, the first step. */
public final class ReadyBanner {

    private final PrintStream console;

    public ReadyBanner(PrintStream console) {
        this.console = console;
    }

    /** Memory of every process of the stack, in KiB: proportional (shared pages split) and resident. */
    public record Memory(long proportionalKibibytes, long residentKibibytes, int processCount) {
    }

    public void print(List<PlatformService> services, String kafka, String postgres, Duration timeToReady, Memory memory) {
        console.println();
        console.println("==================== SecuTix payments: local stack ready ====================");
        services.forEach(service -> console.printf("  %-18s %s%n", service.name(), service.baseUrl()));
        console.printf("  %-18s %s (issuer; login page /login, keys /oauth2/jwks)%n", "identity-provider", "http://localhost:9000");
        console.printf("  %-18s %s%n", "kafka (KRaft)", kafka);
        console.printf("  %-18s %s (user payments/payments, DEMO)%n", "postgresql", postgres);
        console.println();
        console.printf("  ready in %.1f s after the launcher started%n", timeToReady.toMillis() / 1000.0);
        console.printf("  memory %d MiB (sum of PSS over %d processes; sum of RSS %d MiB counts shared pages repeatedly)%n",
                memory.proportionalKibibytes() / 1024, memory.processCount(), memory.residentKibibytes() / 1024);
        console.println();
        console.printf("  demo tenant    %s%n", DemoDirectory.DEMO_TENANT);
        console.printf("  demo customer  %s (password %s, DEMO)%n", DemoOrder.CUSTOMER, "alice-demo");
        console.printf("  demo order     %s, %s %s, for customer alice: pay it with the first flow%n",
                DemoOrder.REFERENCE, DemoOrder.AMOUNT, DemoOrder.CURRENCY);
        console.println("  demo users     olivia/olivia-demo (operator), adam/adam-demo (admin)");
        console.println("  demo clients   sales-system/sales-system-secret, box-office/box-office-secret");
        console.printf("  second tenant  %s: bruno/bruno-demo (customer), oscar/oscar-demo (operator),%n",
                DemoDirectory.SECOND_DEMO_TENANT);
        console.println("                 stadium-sales-system/stadium-sales-system-secret,"
                + " stadium-box-office/stadium-box-office-secret");
        console.println("  a person's token: local-stack/README.md, \"A person's token from the command line\"");
        console.println();
        console.println("  a machine token:");
        console.println("    curl -s -u sales-system:sales-system-secret -d grant_type=client_credentials \\");
        console.println("         http://localhost:9000/oauth2/token");
        console.println("  then try the first flow: README.md, section \"The first flow\".");
        console.println("  logs: local-stack-data/logs/<service>.log   stop: Ctrl-C");
        console.println("==============================================================================");
    }
}
