package com.secutix.payments.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ConfigurableApplicationContext;

import com.secutix.payments.localstack.identity.IdentityProviderApplication;
import com.secutix.payments.localstack.infrastructure.LocalKafka;
import com.secutix.payments.localstack.infrastructure.LocalPostgres;
import com.secutix.payments.localstack.process.Leftovers;
import com.secutix.payments.localstack.process.PidFile;
import com.secutix.payments.localstack.process.RecordedProcess;
import com.secutix.payments.localstack.report.ReadyBanner;
import com.secutix.payments.localstack.report.ResidentMemory;
import com.secutix.payments.localstack.service.ExecutableJars;
import com.secutix.payments.localstack.service.PlatformService;
import com.secutix.payments.localstack.service.RunningServices;
import com.secutix.payments.localstack.service.ServiceProcess;

/** Starts the platform in order, waits until every service is UP, and stops it in reverse order. */
final class LocalPlatform {

    static final int KAFKA_PORT = 9092;
    static final int POSTGRES_PORT = 5433;
    static final int IDENTITY_PROVIDER_PORT = 9000;
    private static final long STOP_GRACE_SECONDS = 20;

    private final LaunchOptions options;
    private final PrintStream console;
    private final Path workDirectory;
    private final Instant launchedAt;
    private final RunningServices services;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile LocalKafka kafka;
    private volatile LocalPostgres postgres;
    private volatile ConfigurableApplicationContext identityProvider;
    private volatile PidFile pidFile;

    LocalPlatform(LaunchOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
        this.workDirectory = options.root().resolve("local-stack-data");
        // the JVM's start, not the process's: run-local.sh exec's java, so the process began with the build
        this.launchedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        this.services = new RunningServices(console);
    }

    /** Starts everything and then watches the services; returns only when start-up failed. */
    int startAndWatch() {
        try {
            Files.createDirectories(workDirectory.resolve("logs"));
            pidFile = PidFile.claim(workDirectory, LocalPostgres.leftoverPostmaster(workDirectory).stream().toList(),
                    new Leftovers(Leftovers.DEFAULT_GRACE, this::step));
            checkPortsAreFree();
            startKafkaAndPostgres();
            startServices();
            startIdentityProvider();
            services.awaitUp(options.readyTimeout(), this::step);
        } catch (Exception e) {
            step("start-up failed: " + (e instanceof RuntimeException && e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
        printReady(Duration.between(launchedAt, Instant.now()));
        services.watch(stopping::get);
        return 0;
    }

    private void checkPortsAreFree() {
        List<Integer> ports = new ArrayList<>(List.of(KAFKA_PORT, POSTGRES_PORT, IDENTITY_PROVIDER_PORT));
        options.services().forEach(service -> ports.add(service.port()));
        List<Integer> busy = ports.stream().filter(port -> !isFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + busy + " (another local stack running?)");
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
                return LocalPostgres.start(POSTGRES_PORT, workDirectory, options.databases(), options.durable());
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL: " + e.getMessage() + " (see local-stack-data/logs/postgres.log)", e);
            }
        });
        try {
            postgres = startingPostgres.join();
            postgres.postmasterPid().stream().mapToObj(ProcessHandle::of).flatMap(Optional::stream)
                    .forEach(postmaster -> pidFile.record(RecordedProcess.POSTGRES, postmaster));
        } finally {
            kafka = startingKafka.join();
        }
        step("Kafka at " + kafka.bootstrapServers() + ", PostgreSQL databases " + options.databases()
                + (options.durable() ? " (durable: fsync, synchronous_commit, full_page_writes on)" : ""));
    }

    private void startServices() throws IOException {
        services.start(options.services(), new ExecutableJars(options.root()), options.serviceJvmOptions(),
                workDirectory.resolve("logs"), started -> pidFile.record(started.service().name(), started.handle()));
        if (!services.isEmpty()) {
            step("starting " + options.services().stream().map(PlatformService::name).toList());
        }
    }

    private void startIdentityProvider() {
        identityProvider = IdentityProviderApplication.start("--server.port=" + IDENTITY_PROVIDER_PORT,
                "--server.address=" + ServiceProcess.LOOPBACK);
        step("identity provider up at http://localhost:" + IDENTITY_PROVIDER_PORT);
    }

    private void printReady(Duration timeToReady) {
        List<Long> roots = new ArrayList<>();
        roots.add(ProcessHandle.current().pid());
        postgres.postmasterPid().ifPresent(roots::add);
        Set<Long> pids = ResidentMemory.withDescendants(roots);
        ResidentMemory memory = ResidentMemory.ofThisMachine();
        new ReadyBanner(console).print(options.services(), kafka.bootstrapServers(), postgres.jdbcUrl("<db>"), timeToReady,
                new ReadyBanner.Memory(memory.proportionalKibibytes(pids), memory.residentKibibytes(pids), pids.size()));
    }

    /**
     * Children first (they use everything else), then the identity provider, Kafka and PostgreSQL;
     * nothing when this launcher started nothing (it refused to start next to a running one).
     */
    void stop() {
        if (!stopping.compareAndSet(false, true) || pidFile == null) {
            return;
        }
        step("stopping");
        if (!services.isEmpty()) {
            services.stop(STOP_GRACE_SECONDS);
            step("services stopped");
        }
        closeQuietly("identity provider", identityProvider);
        closeQuietly("Kafka", kafka);
        closeQuietly("PostgreSQL", postgres);
        pidFile.forget();
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
            step(name + " did not stop cleanly: " + e.getMessage() + " (" + cause + ")");
        }
    }

    private void step(String message) {
        double elapsed = Duration.between(launchedAt, Instant.now()).toMillis() / 1000.0;
        console.printf("[local-stack] %6.1fs %s%n", elapsed, message);
    }
}
