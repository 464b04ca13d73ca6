package com.secutix.payments.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Map;

/**
 * The rotation command: {@code java -jar <service>.jar --payments.secrets.rotate=true} (with the service's usual
 * configuration, the new key active and the old ones still in the ring) re-seals every sealed column
 * ({@link SecretRotation}), prints the count per table and column, and stops the JVM (exit code 0; 1 when a value
 * did not open). {@link RotationModeEnvironmentPostProcessor} keeps that run off the service's port, its Kafka
 * listeners and its outbox relay.
 */
public class SecretRotationCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SecretRotationCommand.class);

    private final SecretRotation rotation;
    private final SecretSealer sealer;
    private final ConfigurableApplicationContext context;
    private final Exit exit;

    /** How the command ends the JVM: {@code System::exit}, unless a bean says otherwise (a test). */
    @FunctionalInterface
    public interface Exit {
        void exit(int code);
    }

    public SecretRotationCommand(SecretRotation rotation, SecretSealer sealer, ConfigurableApplicationContext context, Exit exit) {
        this.rotation = rotation;
        this.sealer = sealer;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode;
        try {
            Map<String, Long> counts = rotation.rotate().block(Duration.ofHours(12));
            String activeKey = sealer.keyRing().activeKeyId();
            counts.forEach((column, count) -> report("re-sealed " + count + " value(s) of " + column + " under key '" + activeKey + "'"));
            report("rotation done: every sealed column holds values of key '" + activeKey + "' only");
            exitCode = 0;
        } catch (RuntimeException failure) {
            LOG.error("Secret rotation failed: {}", failure.getMessage());
            System.err.println("secret rotation failed: " + failure.getMessage());
            exitCode = 1;
        }
        int code = exitCode;
        exit.exit(SpringApplication.exit(context, () -> code));
    }

    private static void report(String line) {
        LOG.info(line);
        System.out.println(line);
    }
}
