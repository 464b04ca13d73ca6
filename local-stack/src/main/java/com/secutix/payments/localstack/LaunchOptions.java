package com.secutix.payments.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.secutix.payments.localstack.service.PlatformService;

/**
 * The launcher's command line.
 * <ul>
 *   <li>{@code --services=psp-simulator,payment-gateway} runs only these services (default: all);</li>
 *   <li>{@code --no-services} runs only Kafka, PostgreSQL and the identity provider;</li>
 *   <li>{@code --ready-timeout=180} seconds to wait for every service to be UP;</li>
 *   <li>{@code --root=.} the repository root, where the services' {@code target/} folders are;</li>
 *   <li>{@code --durable} PostgreSQL with durability on ({@code fsync}, {@code synchronous_commit},
 *       {@code full_page_writes}), as in production; off by default (start-up speed);</li>
 *   <li>{@code --extra-databases=benchmark} more databases to create, owned by the platform's role.</li>
 * </ul>
 * Services' JVM options come from {@code LOCAL_STACK_SERVICE_JVM_OPTS}, if set.
 */
record LaunchOptions(List<PlatformService> services, Duration readyTimeout, Path root, List<String> serviceJvmOptions,
                     boolean durable, List<String> extraDatabases) {

    static final List<String> SMALL_FOOTPRINT_JVM = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m", "-XX:ReservedCodeCacheSize=64m");

    static LaunchOptions parse(String[] args, String serviceJvmOptionsVariable) {
        List<PlatformService> services = PlatformService.ALL;
        Duration readyTimeout = Duration.ofSeconds(180);
        Path root = Path.of(System.getProperty("user.dir"));
        boolean durable = false;
        List<String> extraDatabases = List.of();
        for (String arg : args) {
            if (arg.equals("--no-services")) {
                services = List.of();
            } else if (arg.startsWith("--services=")) {
                services = Arrays.stream(valueOf(arg).split(",")).map(String::trim).filter(name -> !name.isEmpty())
                        .map(LaunchOptions::service).toList();
            } else if (arg.startsWith("--ready-timeout=")) {
                readyTimeout = Duration.ofSeconds(Long.parseLong(valueOf(arg)));
            } else if (arg.startsWith("--root=")) {
                root = Path.of(valueOf(arg));
            } else if (arg.equals("--durable")) {
                durable = true;
            } else if (arg.startsWith("--extra-databases=")) {
                extraDatabases = Arrays.stream(valueOf(arg).split(",")).map(String::trim).filter(name -> !name.isEmpty())
                        .map(LaunchOptions::databaseName).toList();
            } else {
                throw new IllegalArgumentException("Unknown option " + arg
                        + " (known: --services=a,b --no-services --ready-timeout=seconds --root=path --durable --extra-databases=a,b)");
            }
        }
        List<String> jvmOptions = serviceJvmOptionsVariable == null || serviceJvmOptionsVariable.isBlank()
                ? SMALL_FOOTPRINT_JVM
                : List.of(serviceJvmOptionsVariable.trim().split("\\s+"));
        return new LaunchOptions(services, readyTimeout, root.toAbsolutePath().normalize(), jvmOptions, durable, extraDatabases);
    }

    private static String valueOf(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    /** Every database of the stack: the services' own, then the extra ones. */
    List<String> databases() {
        List<String> databases = new ArrayList<>(PlatformService.databases());
        extraDatabases.stream().filter(name -> !databases.contains(name)).forEach(databases::add);
        return List.copyOf(databases);
    }

    /** A database name goes into CREATE DATABASE as is: lower-case letters, digits and underscores only. */
    private static String databaseName(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Invalid database name " + name + " (lower-case letters, digits, underscores)");
        }
        return name;
    }

    private static PlatformService service(String name) {
        return PlatformService.named(name).orElseThrow(() -> new IllegalArgumentException("Unknown service " + name
                + "; known: " + PlatformService.ALL.stream().map(PlatformService::name).toList()));
    }
}
