package com.secutix.payments.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.secutix.payments.benchmarks.baseline.BareWebJvm;
import com.secutix.payments.benchmarks.baseline.BareWebTarget;
import com.secutix.payments.benchmarks.baseline.KafkaProducerRate;
import com.secutix.payments.benchmarks.baseline.PostgresCommits;
import com.secutix.payments.benchmarks.load.LatencyBySecond;
import com.secutix.payments.benchmarks.load.OpenModelDriver;
import com.secutix.payments.benchmarks.load.RateSchedule;
import com.secutix.payments.benchmarks.load.StepResult;
import com.secutix.payments.benchmarks.load.StepUp;
import com.secutix.payments.benchmarks.load.Target;
import com.secutix.payments.benchmarks.load.Window;
import com.secutix.payments.benchmarks.measure.CpuWindow;
import com.secutix.payments.benchmarks.measure.DatabaseCommits;
import com.secutix.payments.benchmarks.measure.GarbageCollections;
import com.secutix.payments.benchmarks.measure.EventsDrained;
import com.secutix.payments.benchmarks.measure.FullCollections;
import com.secutix.payments.benchmarks.measure.JfrProfile;
import com.secutix.payments.benchmarks.measure.JitSettling;
import com.secutix.payments.benchmarks.measure.OutboxToEffect;
import com.secutix.payments.benchmarks.measure.PeakMemory;
import com.secutix.payments.benchmarks.measure.PostgresBackgroundWork;
import com.secutix.payments.benchmarks.measure.StackProcesses;
import com.secutix.payments.benchmarks.measure.ThreadCpu;
import com.secutix.payments.benchmarks.payment.BoxOfficeTarget;
import com.secutix.payments.benchmarks.payment.Buyer;
import com.secutix.payments.benchmarks.payment.DirectLinkTarget;
import com.secutix.payments.benchmarks.payment.PaymentTarget;
import com.secutix.payments.benchmarks.payment.SalesSystem;
import com.secutix.payments.benchmarks.payment.SavedCardOfBuyer;
import com.secutix.payments.benchmarks.report.ClockTime;
import com.secutix.payments.benchmarks.report.Machine;
import com.secutix.payments.benchmarks.report.Report;
import com.secutix.payments.benchmarks.stack.StackUnderTest;

/** The whole benchmark, in order: stack, set-up, baselines, scenarios, report, stop. */
final class BenchmarkRun {

    private static final String DB_USER = "payments";
    private static final String DB_DEMO_PASSWORD = "payments";
    private static final String JDBC = "jdbc:postgresql://localhost:5433/";
    private static final String KAFKA = "localhost:9092";
    private static final int MAX_IN_FLIGHT = 256;
    private static final String PAYMENT_EVENTS = "payments.payment.v1";
    private static final String VAULT_CONSUMER_GROUP = "card-vault-service";
    /** How long after a payment step its events may take to drain before the next step (or its retry) starts. */
    private static final Duration DRAIN_CAP = Duration.ofSeconds(5);
    /** In P-lat's window second by second, an answer this slow is counted as slow: five times P-lat's bound. */
    private static final Duration SLOW_ANSWER = Duration.ofMillis(50);

    private final RunPlan plan;
    private final Path root;
    private final PrintStream console;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<StepResult> everyStep = new ArrayList<>();

    BenchmarkRun(RunPlan plan, Path root, PrintStream console) {
        this.plan = plan;
        this.root = root;
        this.console = console;
    }

    int run() throws Exception {
        Instant started = Instant.now();
        Report.Builder report = new Report.Builder(plan.smoke(), started, Machine.commit(root), Machine.loadAverage());
        step("starting the durable local stack (production JVM flags)");
        StackUnderTest stack = StackUnderTest.start(root, console);
        List<AutoCloseable> toClose = new ArrayList<>(List.of(stack));
        Thread stopOnExit = new Thread(() -> closeAll(toClose), "benchmarks-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            stack.awaitReady();
            step("stack ready");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            SalesSystem sales = new SalesSystem(client);
            sales.simulatorWithoutLatency();
            String token = sales.token();
            List<Buyer> buyers = sales.buyersWithCards(token);
            sales.oneClickOnTheWeb(token, buyers.get(0));
            step(buyers.size() + " buyers' cards entered; PSP simulator at 0 ms");
            Path logs = Files.createDirectories(root.resolve("benchmarks/target"));
            BareWebJvm bareWeb = BareWebJvm.start(StackUnderTest.newest(root.resolve("benchmarks/target"), "benchmarks-", "-exec.jar"),
                    logs.resolve("bare-web.log"), "r2dbc:postgresql://localhost:5433/" + StackUnderTest.BENCHMARK_DATABASE,
                    DB_USER, DB_DEMO_PASSWORD);
            toClose.add(0, bareWeb);
            step("B-web JVM up");
            measure(report, stack, bareWeb.pid(), client, token, buyers);
            report.loadAfter(Machine.loadAverage());
        } finally {
            closeAll(toClose);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        Report written = report.finish(Duration.between(started, Instant.now()));
        written.writeTo(plan.reportDirectory());
        console.println(written.console());
        step("report written to " + plan.reportDirectory().resolve("benchmarks.md"));
        List<String> problems = written.problems();
        if (plan.smoke() && !problems.isEmpty()) {
            problems.forEach(problem -> console.println("[benchmarks] FAILED: " + problem));
            return 1;
        }
        return 0;
    }

    private void measure(Report.Builder report, StackUnderTest stack, long bareWebPid, HttpClient client, String token,
                         List<Buyer> buyers) throws Exception {
        OpenModelDriver driver = new OpenModelDriver(client, MAX_IN_FLIGHT);
        // a payment rate counts only if the card vault keeps up with it: a payment step is sustained when, besides
        // its answers, its events were published and consumed within the SLO of its last answer
        EventsDrained vaultBacklog = new EventsDrained(JDBC + "gateway", DB_USER, DB_DEMO_PASSWORD, KAFKA, PAYMENT_EVENTS,
                VAULT_CONSUMER_GROUP, DRAIN_CAP);
        try (vaultBacklog) {
            baselinesAndScenarios(report, stack, bareWebPid, client, driver, vaultBacklog, token, buyers);
        }
    }

    private void baselinesAndScenarios(Report.Builder report, StackUnderTest stack, long bareWebPid, HttpClient client,
                                       OpenModelDriver driver, EventsDrained vaultBacklog, String token, List<Buyer> buyers)
            throws Exception {
        StackProcesses processes = new StackProcesses(Path.of("/proc"));
        Set<Long> pids = StackProcesses.of(stack.launcherPid(), stack.postmasterPid().stream().boxed().toList());
        Map<String, Long> paymentPath = paymentPathJvms(processes, pids, stack.launcherPid());
        // after a step that was not sustained, the recovery collects what the overload promoted: in the JVMs of the
        // payment path for the payment curves, in B-web's and the simulator's for the baselines
        Map<String, Long> baselineJvms = new LinkedHashMap<>(Map.of("B-web", bareWebPid));
        javaProcessOf(processes, pids, stack.launcherPid(), "psp-simulator").ifPresent(pid -> baselineJvms.put("psp-simulator", pid));
        StepUp stepUp = new StepUp(driver, plan.step(), plan.p99SloMicros(), new FullCollections(baselineJvms, this::step));
        StepUp paymentStepUp = new StepUp(vaultBacklog.after(driver::run), plan.step(), plan.p99SloMicros(),
                new FullCollections(paymentPath, this::step));
        step("B-pg: single-row commits, 4 connections");
        report.postgresCommitsPerSecond(new PostgresCommits(JDBC + StackUnderTest.BENCHMARK_DATABASE, DB_USER, DB_DEMO_PASSWORD)
                .commitsPerSecond(4, plan.baselineLoop()));
        step("B-kafka: producer acks=all, idempotent");
        report.kafkaRecordsPerSecond(new KafkaProducerRate(KAFKA).recordsPerSecond(plan.baselineLoop()));

        PaymentTarget payments = new PaymentTarget(token, buyers, run);
        BareWebTarget bareWeb = new BareWebTarget();
        step("warming up (C2 compiles the hot paths)");
        primeFlightRecorders(stack);
        Duration warmUp = plan.smoke() ? Duration.ofSeconds(2) : Duration.ofSeconds(60);
        warmUp(report, driver, new Window("warm-up", new PaymentTarget(token, buyers, run + "w")), warmUp);
        // the box office's cards are those the warm-up's payments saved; its path (checkout-bff, the gateway's card-id
        // path) is warmed now too, before any step-up, so that its compilations are done when its curve starts, as
        // the gateway's are for P-pay's, instead of being measured in its first steps
        List<SavedCardOfBuyer> savedCards = new SalesSystem(client).savedCards(token, buyers);
        String terminalToken = new SalesSystem(client).boxOfficeToken();
        warmUp(report, driver, new Window("warm-up", new BoxOfficeTarget(terminalToken, savedCards, run + "w")), warmUp);
        // B-web's first rate is several hundred requests a second: a third of the time makes as many requests
        report.warmUp(record(driver.run(new Window("warm-up", bareWeb), new RateSchedule(plan.bareWebRates().get(0), warmUp.dividedBy(3)))));
        // the payments called the simulator a few hundred times a second at most: its first step, at 879/s, once failed
        // on a p99 of 781 ms while C2 compiled, and a first step not sustained leaves B-psp without a maximum
        DirectLinkTarget directLink = new DirectLinkTarget(buyers.get(0).alias(), run);
        report.warmUp(record(driver.run(new Window("warm-up", directLink), new RateSchedule(plan.pspRates().get(0) / 2, warmUp.dividedBy(6)))));

        report.psp(stepUp.run(directLink, plan.pspRates(), this::record));
        report.bareWeb(stepUp.run(bareWeb, plan.bareWebRates(), this::record));
        // right before the payment curves: what the baselines' minutes left cold is compiled again too
        untilCompiled(report, driver, new Window("until compiled", new PaymentTarget(token, buyers, run + "j")),
                new Window("until compiled", new BoxOfficeTarget(terminalToken, savedCards, run + "j")), paymentPath);
        // P-pay and P-pay-bo side by side, a step of each at every rate: the stack still gets faster as its JIT
        // compiles, over thousands of payments more than the warm-ups make, so a curve stepped up after the other
        // would be measured on a warmer stack and their ratio would say which came first (docs/performance.md)
        step("P-pay and P-pay-bo side by side: the same payments at the gateway, and at the box office through"
                + " checkout-bff's box-office API (card id)");
        BoxOfficeTarget counter = new BoxOfficeTarget(terminalToken, savedCards, run);
        List<StepUp.Curve> paymentCurves = paymentStepUp.sideBySide(payments, counter, plan.paymentRates(), this::record);
        StepUp.Curve paymentCurve = paymentCurves.get(0);
        report.payments(paymentCurve);
        report.boxOfficePayments(paymentCurves.get(1));
        // the steps past saturation leave a backlog (outbox rows, events for the vault): P-lat starts once it is gone;
        // the box office's payments save no card, so their events are waited for as consumed, not as effected
        step("the vault consumed the step-ups' events in " + vaultBacklog.micros() / 1000 + " ms");
        // what the stack spends with no payment at all (consumers' fetches, relays' polls, the broker's own work): at a
        // given rate, its share of each payment's CPU is this divided by the rate
        step("the stack at rest for " + plan.idle().toSeconds() + " s, with CPU");
        CpuWindow idleCpu = CpuWindow.open(processes, stack.launcherPid(), pids);
        Instant restStart = Instant.now();
        Thread.sleep(plan.idle().toMillis());
        Map<String, Double> cpuAtRest = idleCpu.closeByPart(pids);
        Instant restEnd = Instant.now();

        double halfRate = paymentCurve.maxSustainedPerSecond() > 0 ? paymentCurve.maxSustainedPerSecond() / 2
                : plan.paymentRates().get(0) / 2;
        // the steady windows measure the stack at that rate, not its recovery from the step-ups' overloaded steps: for
        // tens of seconds after a change of rate the services' C2 still compiles (docs/performance.md), and a window
        // opened at once measures that transient's p99 and CPU
        // P-mem is sampled there too, at the same rate, and not in P-lat's window: reading a process's smaps_rollup walks
        // its page tables in the kernel, about 16 ms for a 1 GiB JVM, every 2 s for each process of the stack
        step("settling at " + halfRate + " payments/s for " + plan.settle().toSeconds() + " s, with memory");
        PeakMemory memory = PeakMemory.start(processes, stack.launcherPid(), pids);
        report.warmUp(record(driver.run(new Window("settling", new PaymentTarget(token, buyers, run + "s")),
                new RateSchedule(halfRate, plan.settle()))));
        PeakMemory.Peak memoryPeak = memory.stop();
        step("P-lat: " + halfRate + " payments/s for " + plan.constantRate().toSeconds() + " s, with CPU");
        Optional<Long> gatewayPid = javaProcessOf(processes, pids, stack.launcherPid(), "payment-gateway");
        Optional<Long> vaultPid = javaProcessOf(processes, pids, stack.launcherPid(), "card-vault");
        // jstat starts a JVM of its own for each service's: read outside the CPU window, not in it
        Map<String, Long> jvms = javaProcessesByPart(processes, pids, stack.launcherPid());
        GarbageCollections paymentCollections = GarbageCollections.open(jvms);
        CpuWindow cpu = CpuWindow.open(processes, stack.launcherPid(), pids);
        Optional<ThreadCpu> gatewayThreads = gatewayPid.map(pid -> ThreadCpu.open(Path.of("/proc"), pid));
        DatabaseCommits paymentCommits = DatabaseCommits.open(JDBC + "gateway", DB_USER, DB_DEMO_PASSWORD);
        Instant windowStart = Instant.now();
        OpenModelDriver.TimedStep timedPayments = driver.runBySecond(new PaymentTarget(token, buyers, run + "c"),
                new RateSchedule(halfRate, plan.constantRate()), SLOW_ANSWER.toNanos() / 1000);
        StepResult constantPayments = timedPayments.step();
        Instant windowEnd = Instant.now();
        Map<String, Long> commitsDuringPayments = paymentCommits.close();
        Map<String, Double> cpuByPart = cpu.closeByPart(StackProcesses.of(stack.launcherPid(), stack.postmasterPid().stream().boxed().toList()));
        gatewayThreads.ifPresent(threads -> report.gatewayCpuByThread(threads.closeByKind()));
        Map<String, GarbageCollections.During> collectionsDuringPayments = paymentCollections.close();
        record(constantPayments);
        report.constantRate(constantPayments, cpuByPart, memoryPeak);

        // before any JFR recording, which stalls the services it attaches to and leaves a backlog behind
        step("P-pay-bo at the same " + halfRate + "/s, with CPU by process");
        GarbageCollections counterCollections = GarbageCollections.open(jvms);
        CpuWindow counterCpu = CpuWindow.open(processes, stack.launcherPid(), pids);
        DatabaseCommits counterCommits = DatabaseCommits.open(JDBC + "gateway", DB_USER, DB_DEMO_PASSWORD);
        StepResult constantCounter = driver.run(new BoxOfficeTarget(terminalToken, savedCards, run + "c"),
                new RateSchedule(halfRate, plan.constantRate()));
        report.commitsByDatabase(commitsDuringPayments, counterCommits.close());
        report.constantBoxOffice(record(constantCounter),
                counterCpu.closeByPart(StackProcesses.of(stack.launcherPid(), stack.postmasterPid().stream().boxed().toList())));
        report.collectionsByService(collectionsDuringPayments, counterCollections.close());
        // read once the box office's window is over: work that began in P-lat's window is logged when it ends
        Path postgresLog = root.resolve("local-stack-data/logs/postgres.log");
        List<PostgresBackgroundWork.Run> background = PostgresBackgroundWork.between(postgresLog, windowStart, windowEnd);
        report.atRest(cpuAtRest, Duration.between(restStart, restEnd), PostgresBackgroundWork.between(postgresLog, restStart, restEnd));
        report.constantRateBySecond(timedPayments.bySecond(), background);
        step("P-lat's slowest seconds: " + slowestSeconds(timedPayments.bySecond()) + "; PostgreSQL's background work in"
                + " its window: " + (background.isEmpty() ? "none" : background.stream()
                        .map(work -> work.what() + " (from " + ClockTime.toMillisecond(work.started())
                                + ", " + work.elapsed().toMillis() + " ms)").toList()));

        // the profiles have their own windows after the CPU windows: a JFR recording costs CPU and latency of its own
        step("profile: JFR of the gateway and the vault at the same rate");
        Path jfrDirectory = Files.createDirectories(root.resolve("benchmarks/target/jfr"));
        Optional<JfrProfile> gatewayProfile = startProfile(gatewayPid, jfrDirectory.resolve("payment-gateway.jfr"));
        Optional<JfrProfile> vaultProfile = startProfile(vaultPid, jfrDirectory.resolve("card-vault.jfr"));
        report.warmUp(record(driver.run(new Window("JFR recording", new PaymentTarget(token, buyers, run + "p")),
                new RateSchedule(halfRate, plan.profile()))));
        report.gatewayProfile(summarise(gatewayProfile));
        report.vaultProfile(summarise(vaultProfile));

        step("JFR profile of checkout-bff and the gateway on the box-office path");
        Optional<JfrProfile> bffProfile = startProfile(javaProcessOf(processes, pids, stack.launcherPid(), "checkout-bff"),
                jfrDirectory.resolve("checkout-bff.jfr"));
        Optional<JfrProfile> gatewayCounterProfile = startProfile(gatewayPid, jfrDirectory.resolve("payment-gateway-box-office.jfr"));
        report.warmUp(record(driver.run(new Window("JFR recording", new BoxOfficeTarget(terminalToken, savedCards, run + "q")),
                new RateSchedule(halfRate, plan.profile()))));
        report.bffProfile(summarise(bffProfile));
        report.gatewayBoxOfficeProfile(summarise(gatewayCounterProfile));

        step("B-web at the same " + halfRate + "/s");
        StepResult constantBareWeb = driver.run(bareWeb, new RateSchedule(halfRate, plan.constantRate()));
        record(constantBareWeb);
        report.constantBareWeb(constantBareWeb);

        step("P-evt: outbox commit to the card vault's effect");
        report.outboxToEffect(awaitEffects(windowStart, windowEnd));
    }

    /**
     * A payment target's warm-up, the same for P-pay and P-pay-bo: its duration in three equal parts at the warm-up
     * rate, twice and three times it (20, 40, 60 payments/s in the full run), so that the requests C2 needs to compile
     * what a payment runs (thousands of calls of each method) are made before the step-up, without overloading a
     * service still interpreting its code.
     */
    private void warmUp(Report.Builder report, OpenModelDriver driver, Target target, Duration duration) throws Exception {
        for (int third = 1; third <= 3; third++) {
            report.warmUp(record(driver.run(target, new RateSchedule(plan.warmUpRate() * third, duration.dividedBy(3)))));
        }
    }

    /**
     * Rounds of payments at the gateway then at the box office until the JIT compilers of every JVM of the payment
     * path used at most {@link JitSettling#SETTLED_SHARE} of a core over a round, or the cap has passed: after the
     * warm-ups checkout-bff still compiled for minutes (a request through it calls most of its methods once, a payment
     * at the gateway many of the gateway's several times), and a curve stepped up meanwhile measured the BFF at up to
     * twice its settled cost, with C2 taking CPU from every other process (docs/performance.md).
     */
    private void untilCompiled(Report.Builder report, OpenModelDriver driver, Target payments, Target counter,
                               Map<String, Long> jvms) throws Exception {
        RunPlan.Compiling compiling = plan.compiling();
        step("until the JIT has settled in " + jvms.keySet() + ": rounds of " + compiling.round().toSeconds()
                + " s of each payment path at " + compiling.rate() + "/s, for at most " + compiling.cap().toSeconds() + " s");
        Instant deadline = Instant.now().plus(compiling.cap());
        JitSettling.Shares shares;
        do {
            JitSettling round = JitSettling.open(Path.of("/proc"), jvms);
            report.warmUp(record(driver.run(payments, new RateSchedule(compiling.rate(), compiling.round()))));
            report.warmUp(record(driver.run(counter, new RateSchedule(compiling.rate(), compiling.round()))));
            shares = round.close();
            step("JIT compilers' share of a core over the round: " + shares);
        } while (!shares.allSettled() && Instant.now().isBefore(deadline));
        report.jitSettled(shares);
    }

    /** The JVMs a payment runs through, by part: the gateway, the box office's BFF, the PSP simulator, the vault. */
    private Map<String, Long> paymentPathJvms(StackProcesses processes, Set<Long> pids, long launcherPid) {
        Map<String, Long> jvms = new LinkedHashMap<>();
        for (String part : List.of("payment-gateway", "checkout-bff", "psp-simulator", "card-vault")) {
            javaProcessOf(processes, pids, launcherPid, part).ifPresent(pid -> jvms.put(part, pid));
        }
        return jvms;
    }

    private OutboxToEffect.Result awaitEffects(Instant from, Instant to) throws Exception {
        OutboxToEffect outbox = new OutboxToEffect(JDBC, DB_USER, DB_DEMO_PASSWORD);
        Instant deadline = Instant.now().plusSeconds(30);
        OutboxToEffect.Result result = outbox.measure(from, to);
        while (result.effected() < result.committed() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000); // the vault catches up on its own; polled, with a deadline
            result = outbox.measure(from, to);
        }
        return result;
    }

    /** Each service's JVM (and the launcher's) by the part of the stack it is. */
    private static Map<String, Long> javaProcessesByPart(StackProcesses processes, Set<Long> pids, long launcherPid) {
        Map<String, Long> jvms = new java.util.TreeMap<>();
        pids.stream().filter(BenchmarkRun::isJava).forEach(pid -> jvms.putIfAbsent(processes.partOf(pid, launcherPid), pid));
        return jvms;
    }

    private static boolean isJava(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().command()).map(command -> command.endsWith("java")).orElse(false);
    }

    private Optional<Long> javaProcessOf(StackProcesses processes, Set<Long> pids, long launcherPid, String part) {
        return pids.stream().filter(pid -> processes.partOf(pid, launcherPid).equals(part))
                .filter(BenchmarkRun::isJava)
                .findFirst();
    }

    /**
     * A JVM's first JFR recording, whatever it records, sets off a storm of C2 recompilations (10–20 s of compiler CPU
     * in the next half minute under load): taken before the warm-ups, it is over before anything is measured
     * ({@link JfrProfile#prime}).
     */
    private void primeFlightRecorders(StackUnderTest stack) {
        StackProcesses processes = new StackProcesses(Path.of("/proc"));
        Set<Long> pids = StackProcesses.of(stack.launcherPid(), stack.postmasterPid().stream().boxed().toList());
        for (String part : List.of("payment-gateway", "card-vault", "checkout-bff")) {
            javaProcessOf(processes, pids, stack.launcherPid(), part).ifPresent(pid -> {
                try {
                    JfrProfile.prime(pid);
                } catch (IOException | InterruptedException e) {
                    step("JFR not primed in " + part + ": " + e.getMessage());
                }
            });
        }
    }

    private Optional<JfrProfile> startProfile(Optional<Long> pid, Path file) {
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JfrProfile.start(pid.get(), file));
        } catch (IOException | InterruptedException e) {
            step("no JFR profile of pid " + pid.get() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<JfrProfile.Summary> summarise(Optional<JfrProfile> profile) {
        try {
            return profile.isEmpty() ? Optional.empty() : Optional.of(profile.get().stopAndSummarise(15));
        } catch (IOException | InterruptedException e) {
            step("JFR profile not read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private StepResult record(StepResult step) {
        everyStep.add(step);
        console.printf("[benchmarks] %-6s offered %7.1f/s achieved %7.1f/s p50 %7.1f ms p99 %7.1f ms errors %d dropped %d%s%s%n",
                step.target(), step.offeredPerSecond(), step.achievedPerSecond(), step.p50Micros() / 1000.0,
                step.p99Micros() / 1000.0, step.errors(), step.dropped(),
                step.eventsDrainedMicros().isPresent() ? " events drained %.0f ms".formatted(step.eventsDrainedMicros().getAsLong() / 1000.0) : "",
                step.errorSample().map(sample -> " e.g. " + sample).orElse(""));
        return step;
    }

    /** P-lat's three seconds whose slowest answer was slowest, for the console. */
    private static String slowestSeconds(LatencyBySecond bySecond) {
        return bySecond.seconds().stream().sorted(Comparator.comparingLong(LatencyBySecond.Second::slowestMicros).reversed())
                .limit(3).map(second -> ClockTime.toSecond(second.start()) + " "
                        + second.slowestMicros() / 1000 + " ms").toList().toString();
    }

    /** A step of the run, with the time it began (UTC), to be read beside the services' and PostgreSQL's logs. */
    private void step(String message) {
        console.println("[benchmarks] " + ClockTime.toSecond(Instant.now()) + " " + message);
    }

    private void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                console.println("[benchmarks] could not stop " + resource + ": " + e.getMessage());
            }
        }
    }
}
