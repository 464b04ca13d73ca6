package com.secutix.payments.localstack;

import java.util.Arrays;

import com.secutix.payments.localstack.identity.IdentityProviderApplication;

/**
 * One command, the whole platform on its embedded defaults: Kafka (KRaft) on 9092, PostgreSQL on
 * 5433 with one database per service, the identity provider on 9000, then the PSP simulator and
 * the five services as child processes. Ctrl-C stops everything.
 *
 * <p>{@code java -jar local-stack-exec.jar identity-provider} runs only the identity provider
 * (the container image of docker-compose does).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("identity-provider")) {
            IdentityProviderApplication.start(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv("LOCAL_STACK_SERVICE_JVM_OPTS"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalPlatform platform = new LocalPlatform(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-stack-stop"));
        int exitCode = platform.startAndWatch();
        System.exit(exitCode);
    }
}
