package com.secutix.payments.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ConfigurableApplicationContext;

import com.secutix.payments.localstack.identity.IdentityProviderApplication;
import com.secutix.payments.localstack.infrastructure.LocalKafka;
import com.secutix.payments.localstack.infrastructure.LocalPostgres;
import com.secutix.payments.localstack.report.ReadyBanner;
import com.secutix.payments.localstack.report.ResidentMemory;
import com.secutix.payments.localstack.service.ExecutableJars;
import com.secutix.payments.localstack.service.HealthProbe;
import com.secutix.payments.localstack.service.PlatformService;
import com.secutix.payments.localstack.service.ServiceProcess;

/** Starts the platform in order, waits until every service is UP, and stops it in reverse order. */
final class LocalPlatform {

    static final int KAFKA_PORT = 9092;
    static final int POSTGRES_PORT = 5433;
    static final int IDENTITY_PROVIDER_PORT = 9000;
    private static final long STOP_GRACE_SECONDS = 20;
    private static final int CRASH_LINES = 30;
    private static final int LATE_LINES = 8;

    private final LaunchOptions options;
    private final PrintStream console;
    private final Path workDirectory;
    private final List<ServiceProcess> children = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile LocalKafka kafka;
    private volatile LocalPostgres postgres;
    private volatile ConfigurableApplicationContext identityProvider;

    LocalPlatform(LaunchOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
        this.workDirectory = options.root().resolve("local-stack-data");
    }

    /** Starts everything and then watches the services; returns only when start-up failed. */
    int startAndWatch() {
        Instant startedAt = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        try {
            checkPortsAreFree();
            Files.createDirectories(workDirectory.resolve("logs"));
            startKafkaAndPostgres();
            startServices();
            startIdentityProvider();
            awaitServicesUp();
        } catch (StartFailure failure) {
            console.println("[local-stack] start-up failed: " + failure.getMessage());
            return 1;
        } catch (Exception e) {
            console.println("[local-stack] start-up failed: " + e);
            return 1;
        }
        printReady(Duration.between(startedAt, Instant.now()));
        watchServices();
        return 0;
    }

    private void checkPortsAreFree() {
        List<Integer> ports = new ArrayList<>(List.of(KAFKA_PORT, POSTGRES_PORT, IDENTITY_PROVIDER_PORT));
        options.services().forEach(service -> ports.add(service.port()));
        List<Integer> busy = ports.stream().filter(port -> !isFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new StartFailure("ports already in use: " + busy + " (another local stack running?)");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void startKafkaAndPostgres() {
        step("starting Kafka (KRaft) on " + KAFKA_PORT + " and PostgreSQL on " + POSTGRES_PORT);
        CompletableFuture<LocalKafka> startingKafka = CompletableFuture.supplyAsync(() -> LocalKafka.start(KAFKA_PORT));
        CompletableFuture<LocalPostgres> startingPostgres = CompletableFuture.supplyAsync(() -> {
            try {
                return LocalPostgres.start(POSTGRES_PORT, workDirectory, PlatformService.databases());
            } catch (Exception e) {
                throw new StartFailure("PostgreSQL: " + e.getMessage() + " (see local-stack-data/logs/postgres.log)", e);
            }
        });
        try {
            postgres = startingPostgres.join();
        } finally {
            kafka = startingKafka.join();
        }
        step("Kafka at " + kafka.bootstrapServers() + ", PostgreSQL databases " + PlatformService.databases());
    }

    private void startServices() throws IOException {
        ExecutableJars jars = new ExecutableJars(options.root());
        for (PlatformService service : options.services()) {
            Path jar = jars.of(service);
            Path log = workDirectory.resolve("logs").resolve(service.name() + ".log");
            children.add(ServiceProcess.start(service, jar, options.serviceJvmOptions(), log, console));
        }
        if (!children.isEmpty()) {
            step("started " + children.size() + " services: " + options.services().stream().map(PlatformService::name).toList());
        }
    }

    private void startIdentityProvider() {
        identityProvider = IdentityProviderApplication.start("--server.port=" + IDENTITY_PROVIDER_PORT);
        step("identity provider up at http://localhost:" + IDENTITY_PROVIDER_PORT);
    }

    private void awaitServicesUp() throws InterruptedException {
        HealthProbe probe = new HealthProbe();
        Instant deadline = Instant.now().plus(options.readyTimeout());
        Set<ServiceProcess> up = new HashSet<>();
        while (up.size() < children.size()) {
            for (ServiceProcess child : children) {
                if (up.contains(child)) {
                    continue;
                }
                if (!child.isAlive()) {
                    printCrash(child);
                    throw new StartFailure(child.service().name() + " exited with code " + child.exitCode());
                }
                if (probe.isUp(child.service())) {
                    up.add(child);
                    step(child.service().name() + " is UP (" + up.size() + "/" + children.size() + ")");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                List<ServiceProcess> late = children.stream().filter(child -> !up.contains(child)).toList();
                late.forEach(child -> printLastLines(child, LATE_LINES));
                throw new StartFailure("not UP after " + options.readyTimeout().toSeconds() + " s: "
                        + late.stream().map(child -> child.service().name()).toList()
                        + " (more time: --ready-timeout=seconds)");
            }
            Thread.sleep(500);
        }
    }

    private void printReady(Duration timeToReady) {
        List<Long> roots = new ArrayList<>();
        roots.add(ProcessHandle.current().pid());
        postgres.postmasterPid().ifPresent(roots::add);
        Set<Long> pids = ResidentMemory.withDescendants(roots);
        ResidentMemory memory = ResidentMemory.ofThisMachine();
        new ReadyBanner(console).print(options.services(), kafka.bootstrapServers(), postgres.jdbcUrl("<db>"),
                timeToReady, new ReadyBanner.Memory(memory.proportionalKibibytes(pids), memory.residentKibibytes(pids), pids.size()));
    }

    private void watchServices() {
        Set<ServiceProcess> reported = new HashSet<>();
        while (!stopping.get()) {
            for (ServiceProcess child : children) {
                if (!child.isAlive() && !stopping.get() && reported.add(child)) {
                    printCrash(child);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void printCrash(ServiceProcess child) {
        console.println("[local-stack] " + child.service().name() + " exited with code " + child.exitCode());
        printLastLines(child, CRASH_LINES);
    }

    private void printLastLines(ServiceProcess child, int count) {
        String name = child.service().name();
        List<String> lines = child.lastLines();
        console.println("[local-stack] last lines of " + name + (lines.isEmpty() ? ": none, it printed nothing" : ":"));
        lines.subList(Math.max(0, lines.size() - count), lines.size()).forEach(line -> console.println("[" + name + "] " + line));
        console.println("[local-stack] full log: local-stack-data/logs/" + name + ".log");
    }

    /** Children first (they use everything else), then the identity provider, Kafka and PostgreSQL. */
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        step("stopping");
        children.forEach(ServiceProcess::requestStop);
        for (ServiceProcess child : children) {
            try {
                child.awaitStop(STOP_GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!children.isEmpty()) {
            step("services stopped");
        }
        closeQuietly("identity provider", identityProvider);
        closeQuietly("Kafka", kafka);
        closeQuietly("PostgreSQL", postgres);
        step("stopped");
    }

    private void closeQuietly(String name, AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
            step(name + " stopped");
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            console.println("[local-stack] " + name + " did not stop cleanly: " + e.getMessage() + " (" + cause + ")");
        }
    }

    private void step(String message) {
        console.println("[local-stack] " + message);
    }

    private static final class StartFailure extends RuntimeException {
        StartFailure(String message) {
            super(message);
        }

        StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
