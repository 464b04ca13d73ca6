package com.secutix.payments.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.secutix.payments.benchmarks.load.LatencyBySecond;
import com.secutix.payments.benchmarks.load.StepResult;
import com.secutix.payments.benchmarks.load.StepUp;
import com.secutix.payments.benchmarks.measure.GarbageCollections;
import com.secutix.payments.benchmarks.measure.HotSpot;
import com.secutix.payments.benchmarks.measure.JfrProfile;
import com.secutix.payments.benchmarks.measure.JitSettling;
import com.secutix.payments.benchmarks.measure.OutboxToEffect;
import com.secutix.payments.benchmarks.measure.PeakMemory;
import com.secutix.payments.benchmarks.measure.PostgresBackgroundWork;
import com.secutix.payments.benchmarks.stack.ProductionJvm;

/**
 * The results of one run: the figures against the same run's baselines and issue 6's targets, the
 * machine, the curves, the profile, and whatever went wrong. Written as {@code benchmarks.md} with the
 * plot {@code benchmarks-latency.svg} beside it.
 */
public final class Report {

    public static final String MARKDOWN = "benchmarks.md";
    public static final String PLOT = "benchmarks-latency.svg";
    private static final double GIB = 1024.0 * 1024.0;

    private final String markdown;
    private final String svg;
    private final String table;
    private final List<String> problems;

    private Report(String markdown, String svg, String table, List<String> problems) {
        this.markdown = markdown;
        this.svg = svg;
        this.table = table;
        this.problems = problems;
    }

    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(MARKDOWN), markdown);
        Files.writeString(directory.resolve(PLOT), svg);
    }

    public String console() {
        return table;
    }

    public String markdown() {
        return markdown;
    }

    /** Wrong answers and scenarios without data: a smoke run fails on any. */
    public List<String> problems() {
        return problems;
    }

    /** The run's measurements as they come; {@link #finish} turns them into the report. */
    public static final class Builder {
        private final boolean smoke;
        private final Instant started;
        private final String commit;
        private final String loadBefore;
        private String loadAfter = "?";
        private String jitSettled = "?";
        private double postgresCommits;
        private double kafkaRecords;
        private StepUp.Curve psp;
        private StepUp.Curve bareWeb;
        private StepUp.Curve payments;
        private StepUp.Curve boxOfficePayments;
        private StepResult constantBoxOffice;
        private Map<String, Double> boxOfficeCpuByPart = Map.of();
        private Map<String, Long> paymentCommits = Map.of();
        private Map<String, Long> boxOfficeCommits = Map.of();
        private Map<String, GarbageCollections.During> paymentCollections = Map.of();
        private Map<String, GarbageCollections.During> boxOfficeCollections = Map.of();
        private Optional<JfrProfile.Summary> bffProfile = Optional.empty();
        private Optional<JfrProfile.Summary> gatewayBoxOfficeProfile = Optional.empty();
        private StepResult constantPayments;
        private StepResult constantBareWeb;
        private Map<String, Double> cpuByPart = Map.of();
        private Map<String, Double> cpuAtRestByPart = Map.of();
        private Duration atRest = Duration.ZERO;
        private List<PostgresBackgroundWork.Run> atRestBackgroundWork = List.of();
        private Map<String, Double> gatewayCpuByThread = Map.of();
        private long pssKibibytes;
        private Map<String, Long> pssKibibytesByPart = Map.of();
        private Optional<JfrProfile.Summary> gatewayProfile = Optional.empty();
        private Optional<JfrProfile.Summary> vaultProfile = Optional.empty();
        private OutboxToEffect.Result outboxToEffect;
        private LatencyBySecond constantPaymentsBySecond;
        private List<PostgresBackgroundWork.Run> constantRateBackgroundWork = List.of();
        private final List<StepResult> otherSteps = new ArrayList<>();

        public Builder(boolean smoke, Instant started, String commit, String loadBefore) {
            this.smoke = smoke;
            this.started = started;
            this.commit = commit;
            this.loadBefore = loadBefore;
        }

        public void loadAfter(String loadAverage) { this.loadAfter = loadAverage; }

        /** The JIT compilers' share of a core in the last round before the payment curves, by JVM. */
        public void jitSettled(JitSettling.Shares shares) {
            this.jitSettled = shares.toString() + (shares.allSettled() ? " (settled)"
                    : " (not all settled: the cap passed first)");
        }
        public void postgresCommitsPerSecond(double rate) { this.postgresCommits = rate; }
        public void kafkaRecordsPerSecond(double rate) { this.kafkaRecords = rate; }
        public void psp(StepUp.Curve curve) { this.psp = curve; }
        public void bareWeb(StepUp.Curve curve) { this.bareWeb = curve; }
        public void payments(StepUp.Curve curve) { this.payments = curve; }
        public void boxOfficePayments(StepUp.Curve curve) { this.boxOfficePayments = curve; }
        public void bffProfile(Optional<JfrProfile.Summary> profile) { this.bffProfile = profile; }
        public void gatewayBoxOfficeProfile(Optional<JfrProfile.Summary> profile) { this.gatewayBoxOfficeProfile = profile; }

        /** The transactions each database committed during P-lat's window and during the box office's at the same rate. */
        public void commitsByDatabase(Map<String, Long> payments, Map<String, Long> boxOffice) {
            this.paymentCommits = payments;
            this.boxOfficeCommits = boxOffice;
        }

        /** Each service JVM's garbage collections during P-lat's window and during the box office's at the same rate. */
        public void collectionsByService(Map<String, GarbageCollections.During> payments,
                                         Map<String, GarbageCollections.During> boxOffice) {
            this.paymentCollections = payments;
            this.boxOfficeCollections = boxOffice;
        }

        public void constantBoxOffice(StepResult step, Map<String, Double> cpuByPart) {
            this.constantBoxOffice = step;
            this.boxOfficeCpuByPart = cpuByPart;
        }
        public void constantBareWeb(StepResult step) { this.constantBareWeb = step; }
        public void gatewayProfile(Optional<JfrProfile.Summary> profile) { this.gatewayProfile = profile; }
        public void vaultProfile(Optional<JfrProfile.Summary> profile) { this.vaultProfile = profile; }
        public void outboxToEffect(OutboxToEffect.Result result) { this.outboxToEffect = result; }
        public void gatewayCpuByThread(Map<String, Double> byKind) { this.gatewayCpuByThread = byKind; }

        /**
         * The CPU each part of the stack used at rest, with no request at all, during {@code window}, and PostgreSQL's
         * background work then (autovacuum and checkpoints of what the step-ups wrote: deferred work of the payments).
         */
        public void atRest(Map<String, Double> cpuByPart, Duration window, List<PostgresBackgroundWork.Run> backgroundWork) {
            this.cpuAtRestByPart = cpuByPart;
            this.atRest = window;
            this.atRestBackgroundWork = List.copyOf(backgroundWork);
        }
        public void constantRateBySecond(LatencyBySecond bySecond, List<PostgresBackgroundWork.Run> backgroundWork) {
            this.constantPaymentsBySecond = bySecond;
            this.constantRateBackgroundWork = List.copyOf(backgroundWork);
        }
        public void warmUp(StepResult step) { otherSteps.add(step); }

        public void constantRate(StepResult step, Map<String, Double> cpuByPart, PeakMemory.Peak memory) {
            this.constantPayments = step;
            this.cpuByPart = cpuByPart;
            this.pssKibibytes = memory.kibibytes();
            this.pssKibibytesByPart = memory.kibibytesByPart();
        }

        public Report finish(Duration took) {
            List<Figure> figures = figures();
            String table = ResultsTable.markdown(figures);
            return new Report(markdown(table, took), plot(), table, problems());
        }

        List<Figure> figures() {
            List<Figure> figures = new ArrayList<>();
            double bareWebMax = bareWeb == null ? 0 : bareWeb.maxSustainedPerSecond();
            figures.add(Figure.of("B-web", "bare WebFlux + R2DBC insert, max sustained", bareWebMax, "req/s"));
            figures.add(Figure.of("B-pg", "single-row INSERT commits, 4 connections", postgresCommits, "commits/s"));
            figures.add(Figure.of("B-kafka", "producer, ~500 B, acks=all, idempotent", kafkaRecords, "records/s"));
            figures.add(Figure.of("B-psp", "PSP simulator alone, DirectLink SAL, max sustained",
                    psp == null ? 0 : psp.maxSustainedPerSecond(), "req/s"));
            double paymentMax = payments == null ? 0 : payments.maxSustainedPerSecond();
            figures.add(Figure.ratio("P-pay", "saved-card payments at the gateway, max sustained", paymentMax, "payments/s",
                    bareWebMax, "B-web", Target.atLeast(0.2, "≥ 0.2 × B-web")));
            figures.add(Figure.ratio("P-pay-bo", "the same saved-card payments at the box office, through checkout-bff's box-office"
                    + " API (card id), max sustained", boxOfficePayments == null ? 0 : boxOfficePayments.maxSustainedPerSecond(),
                    "payments/s", paymentMax, "P-pay", Target.atLeast(0.8, "≥ 0.8 × P-pay")));
            if (constantPayments != null && constantBareWeb != null && constantPayments.ok() > 0 && constantBareWeb.ok() > 0) {
                double added = (constantPayments.p99Micros() - constantBareWeb.p99Micros()) / 1000.0;
                figures.add(Figure.judged("P-lat", "p99 added over B-web at half the P-pay maximum ("
                        + Numbers.format(constantPayments.offeredPerSecond()) + "/s; payments p99 "
                        + Numbers.format(constantPayments.p99Micros() / 1000.0) + " ms, B-web p99 "
                        + Numbers.format(constantBareWeb.p99Micros() / 1000.0) + " ms)", added, "ms", Target.atMost(10, "≤ 10 ms")));
            } else {
                figures.add(Figure.missing("P-lat", "p99 added over B-web at half the P-pay maximum", "ms",
                        Optional.of(Target.atMost(10, "≤ 10 ms"))));
            }
            if (outboxToEffect != null && outboxToEffect.effected() > 0) {
                figures.add(Figure.judged("P-evt", "outbox commit → card vault's effect, p99 (" + outboxToEffect.effected() + " of "
                        + outboxToEffect.committed() + " events)", outboxToEffect.micros().getValueAtPercentile(99) / 1000.0, "ms",
                        Target.atMost(250, "≤ 250 ms")));
            } else {
                figures.add(Figure.missing("P-evt", "outbox commit → card vault's effect, p99", "ms", Optional.of(Target.atMost(250, "≤ 250 ms"))));
            }
            double cpuMillis = cpuByPart.values().stream().mapToDouble(Double::doubleValue).sum();
            if (constantPayments != null && constantPayments.ok() > 0 && cpuMillis > 0) {
                figures.add(Figure.judged("P-cpu", "CPU per payment, every process of the stack", cpuMillis / constantPayments.ok(), "ms",
                        Target.atMost(1.5, "≤ 1.5 ms")));
            } else {
                figures.add(Figure.missing("P-cpu", "CPU per payment, every process of the stack", "ms", Optional.of(Target.atMost(1.5, "≤ 1.5 ms"))));
            }
            if (pssKibibytes > 0) {
                figures.add(Figure.judged("P-mem", "PSS of the whole stack under load", pssKibibytes / GIB, "GiB", Target.atMost(2.5, "≤ 2.5 GiB")));
            } else {
                figures.add(Figure.missing("P-mem", "PSS of the whole stack under load", "GiB", Optional.of(Target.atMost(2.5, "≤ 2.5 GiB"))));
            }
            return figures;
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            List<StepResult> steps = new ArrayList<>(otherSteps);
            for (StepUp.Curve curve : curves()) {
                steps.addAll(curve.steps());
            }
            if (constantPayments != null) {
                steps.add(constantPayments);
            }
            if (constantBareWeb != null) {
                steps.add(constantBareWeb);
            }
            if (constantBoxOffice != null) {
                steps.add(constantBoxOffice);
            }
            for (StepResult step : steps) {
                if (step.errors() > 0) {
                    problems.add(step.target() + " at " + Numbers.format(step.offeredPerSecond()) + "/s: " + step.errors()
                            + " wrong or missing answers, e.g. " + step.errorSample().orElse("?"));
                }
                if (step.dropped() > 0) {
                    problems.add(step.target() + " at " + Numbers.format(step.offeredPerSecond()) + "/s: " + step.dropped()
                            + " requests dropped (too many in flight)");
                }
                if (step.ok() == 0) {
                    problems.add(step.target() + " at " + Numbers.format(step.offeredPerSecond()) + "/s: no right answer");
                }
            }
            figures().stream().filter(figure -> figure.absolute().isEmpty() || figure.absolute().get() <= 0 && !figure.id().equals("P-lat"))
                    .forEach(figure -> problems.add(figure.id() + ": no data"));
            return problems;
        }

        private List<StepUp.Curve> curves() {
            List<StepUp.Curve> curves = new ArrayList<>();
            for (StepUp.Curve curve : new StepUp.Curve[] {psp, bareWeb, payments, boxOfficePayments}) {
                if (curve != null) {
                    curves.add(curve);
                }
            }
            return curves;
        }

        private String plot() {
            List<LatencyPlot.Series> series = new ArrayList<>();
            for (StepUp.Curve curve : curves()) {
                if (curve == psp) {
                    continue;
                }
                series.add(new LatencyPlot.Series(curve.target(), curve.byRate().stream()
                        .map(step -> new LatencyPlot.Point(step.offeredPerSecond(), step.p50Micros() / 1000.0, step.p99Micros() / 1000.0))
                        .toList()));
            }
            return LatencyPlot.svg("Latency against offered load (open model, from the intended send time)", series);
        }

        private String markdown(String table, Duration took) {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks: results\n\n");
            if (smoke) {
                md.append("**Smoke run** (a few seconds per scenario at low rates): it checks the pipeline, its figures mean nothing.\n\n");
            }
            md.append("Produced by `./run-benchmarks.sh` (method: [performance.md](performance.md)). The figures are ratios to baselines ")
                    .append("measured in the same run on the same machine; absolute numbers drift with the machine's load.\n\n");
            md.append("| run | |\n|---|---|\n");
            md.append("| date | ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
            md.append("| commit | `").append(commit).append("` |\n");
            md.append("| machine | ").append(Machine.cores()).append(" cores, ").append(Machine.memory()).append(", Java ")
                    .append(Runtime.version()).append(" |\n");
            md.append("| load average (1, 5, 15 min) | before ").append(loadBefore).append("; after ").append(loadAfter).append(" |\n");
            md.append("| services' and B-web's JVM flags | `").append(String.join(" ", ProductionJvm.FLAGS)).append("` |\n");
            md.append("| launcher's JVM flags (Kafka, identity provider) | `").append(String.join(" ", ProductionJvm.LAUNCHER_FLAGS)).append("` |\n");
            md.append("| durability | PostgreSQL fsync, synchronous_commit, full_page_writes on; Kafka acks=all, idempotent producers (broker flush: Kafka's defaults) |\n");
            md.append("| PSP simulator | 0 ms latency |\n");
            md.append("| SLO of a sustained step | ≥ 95 % of the offered rate answered, every answer right, p99 ≤ 500 ms; for P-pay and P-pay-bo also every payment event published and consumed by the card vault within 500 ms of the step's last answer |\n");
            md.append("| JIT compilers before the payment curves | ").append(jitSettled)
                    .append(": share of a core in the last round of payments before them |\n");
            md.append("| took | ").append(took.toSeconds()).append(" s |\n\n");
            md.append("## Figures\n\n").append(table).append('\n');
            md.append("## Latency against offered load\n\n![latency against offered load](").append(PLOT).append(")\n\n");
            md.append("| target | offered/s | achieved/s | p50 ms | p99 ms | max ms | errors | dropped | events drained ms |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            for (StepUp.Curve curve : curves()) {
                for (StepResult step : curve.byRate()) {
                    md.append(stepRow(step));
                }
            }
            if (constantPayments != null) {
                md.append(stepRow(constantPayments));
            }
            if (constantBareWeb != null) {
                md.append(stepRow(constantBareWeb));
            }
            if (constantBoxOffice != null) {
                md.append(stepRow(constantBoxOffice));
            }
            md.append("\nThe last step of each target is the first one not sustained (or the highest offered). Events drained: how long")
                    .append(" after a payment step's last answer the gateway's outbox relay had published, and the card vault consumed,")
                    .append(" every payment event (the wait's cap, 5 s, when it had not by then).\n\n");
            md.append("## Profile: where the CPU goes per payment\n\n");
            if (constantPayments != null && constantPayments.ok() > 0) {
                md.append("During the P-lat window (").append(constantPayments.ok()).append(" payments), from `/proc/<pid>/stat`:\n\n");
                md.append("| process | CPU ms per payment | share | of which at rest |\n|---|---|---|---|\n");
                double total = cpuByPart.values().stream().mapToDouble(Double::doubleValue).sum();
                cpuByPart.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(entry ->
                        md.append("| ").append(entry.getKey()).append(" | ").append(Numbers.format(entry.getValue() / constantPayments.ok()))
                                .append(" | ").append(Numbers.format(100 * entry.getValue() / Math.max(total, 1e-9))).append(" % | ")
                                .append(atRestPerPayment(entry.getKey()).map(Numbers::format).orElse("")).append(" |\n"));
                md.append('\n');
                atRestPerPayment(null).ifPresent(perPayment -> md.append("At rest (").append(atRest.toSeconds())
                        .append(" s with no request, once the step-ups' backlog was gone) the stack used ")
                        .append(Numbers.format(cpuAtRestByPart.values().stream().mapToDouble(Double::doubleValue).sum()
                                / Math.max(atRest.toMillis(), 1) * 1000)).append(" ms of CPU per second: at ")
                        .append(Numbers.format(constantPayments.offeredPerSecond())).append(" payments/s, ")
                        .append(Numbers.format(perPayment)).append(" ms of each payment's ")
                        .append(Numbers.format(total / constantPayments.ok()))
                        .append(" (consumers' fetches, relays' polls, the broker's and the collectors' own work")
                        .append(atRestBackgroundWork.isEmpty() ? "" : "; and PostgreSQL's autovacuum runs and checkpoints of what"
                                + " the step-ups wrote, " + atRestBackgroundWork.size() + " in that window, "
                                + Numbers.format(atRestBackgroundWork.stream().mapToDouble(work -> work.cpuSeconds().orElse(0)).sum())
                                + " s of CPU by its log")
                        .append(").\n\n"));
                if (!gatewayCpuByThread.isEmpty()) {
                    md.append("### payment-gateway: CPU by kind of thread (`/proc/<pid>/task/*/stat`)\n\n");
                    md.append("| threads | CPU ms per payment |\n|---|---|\n");
                    gatewayCpuByThread.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .forEach(entry -> md.append("| ").append(entry.getKey()).append(" | ")
                                    .append(Numbers.format(entry.getValue() / constantPayments.ok())).append(" |\n"));
                    md.append('\n');
                }
            }
            memorySection(md);
            bySecondSection(md);
            boxOfficeCpuSection(md);
            commitsSection(md);
            collectionsSection(md);
            profileSection(md, "payment-gateway", gatewayProfile);
            profileSection(md, "card-vault", vaultProfile);
            profileSection(md, "checkout-bff (P-pay-bo)", bffProfile);
            profileSection(md, "payment-gateway (P-pay-bo)", gatewayBoxOfficeProfile);
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                md.append("## Wrong answers and missing data\n\n");
                problems.forEach(problem -> md.append("- ").append(problem.replace("|", "\\|")).append('\n'));
                md.append("\nAt the step that saturates a target, timeouts and drops are expected, and in a JFR recording's window"
                        + " (the recording stalls the services it attaches to for seconds); anywhere else they are findings.\n");
            }
            return md.toString();
        }

        /** P-pay-bo's CPU per payment by process, beside P-pay's at the same offered rate: what the box-office path adds. */
        /** Where P-mem's highest sample was: each part of the stack's PSS then. */
        private void memorySection(StringBuilder md) {
            if (pssKibibytesByPart.isEmpty()) {
                return;
            }
            md.append("### Memory: PSS by process at P-mem's highest sample (").append(Numbers.format(pssKibibytes / GIB))
                    .append(" GiB)\n\n| process | MiB |\n|---|---|\n");
            pssKibibytesByPart.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> md.append("| ").append(entry.getKey()).append(" | ")
                            .append(Numbers.format(entry.getValue() / 1024.0)).append(" |\n"));
            md.append('\n');
        }

        /** When in P-lat's window its slow answers were asked for, beside what PostgreSQL did in the background then. */
        private void bySecondSection(StringBuilder md) {
            if (constantPaymentsBySecond == null) {
                return;
            }
            List<LatencyBySecond.Second> seconds = constantPaymentsBySecond.seconds();
            long slowMillis = constantPaymentsBySecond.slowMicros() / 1000;
            md.append("### The P-lat window second by second\n\n")
                    .append("The five seconds (of the requests' intended send times, UTC) whose slowest answer was slowest, and every")
                    .append(" other second with an answer over ").append(slowMillis).append(" ms:\n\n")
                    .append("| second | answers | over ").append(slowMillis).append(" ms | slowest ms |\n|---|---|---|---|\n");
            List<LatencyBySecond.Second> slowest = seconds.stream()
                    .sorted(Comparator.comparingLong(LatencyBySecond.Second::slowestMicros).reversed()).limit(5).toList();
            seconds.stream().filter(second -> slowest.contains(second) || second.slowAnswers() > 0).forEach(second ->
                    md.append("| ").append(ClockTime.toSecond(second.start()))
                            .append(" | ").append(second.answers()).append(" | ").append(second.slowAnswers())
                            .append(" | ").append(Numbers.format(second.slowestMicros() / 1000.0)).append(" |\n"));
            md.append("\nPostgreSQL's background work overlapping the window (from its log: autovacuum runs, checkpoints):");
            if (constantRateBackgroundWork.isEmpty()) {
                md.append(" none.\n\n");
                return;
            }
            md.append("\n\n| started | ended | what | CPU s |\n|---|---|---|---|\n");
            constantRateBackgroundWork.forEach(work -> md.append("| ")
                    .append(ClockTime.toMillisecond(work.started())).append(" | ")
                    .append(ClockTime.toMillisecond(work.ended())).append(" | ")
                    .append(work.what()).append(" | ")
                    .append(work.cpuSeconds().isPresent() ? Numbers.format(work.cpuSeconds().getAsDouble()) : "").append(" |\n"));
            md.append('\n');
        }

        private void boxOfficeCpuSection(StringBuilder md) {
            if (constantBoxOffice == null || constantBoxOffice.ok() == 0 || constantPayments == null || constantPayments.ok() == 0) {
                return;
            }
            md.append("### P-pay-bo against P-pay: CPU ms per payment by process, same offered rate (")
                    .append(Numbers.format(constantBoxOffice.offeredPerSecond())).append("/s)\n\n");
            md.append("| process | P-pay | P-pay-bo |\n|---|---|---|\n");
            java.util.Set<String> parts = new java.util.TreeSet<>(cpuByPart.keySet());
            parts.addAll(boxOfficeCpuByPart.keySet());
            double payTotal = 0;
            double counterTotal = 0;
            for (String part : parts) {
                double pay = cpuByPart.getOrDefault(part, 0.0) / constantPayments.ok();
                double counter = boxOfficeCpuByPart.getOrDefault(part, 0.0) / constantBoxOffice.ok();
                payTotal += pay;
                counterTotal += counter;
                md.append("| ").append(part).append(" | ").append(Numbers.format(pay)).append(" | ").append(Numbers.format(counter)).append(" |\n");
            }
            md.append("| **all** | ").append(Numbers.format(payTotal)).append(" | ").append(Numbers.format(counterTotal)).append(" |\n\n");
        }

        /**
         * Transactions per payment by database, P-pay against P-pay-bo: the gateway's two per payment and its relay's
         * rounds, the vault's batches. A ratio near one per payment for the vault means its events come one at a time.
         */
        private void commitsSection(StringBuilder md) {
            if (paymentCommits.isEmpty() || constantPayments == null || constantPayments.ok() == 0 || constantBoxOffice == null
                    || constantBoxOffice.ok() == 0) {
                return;
            }
            md.append("### Transactions per payment by database (`pg_stat_database`), same offered rate (")
                    .append(Numbers.format(constantPayments.offeredPerSecond())).append("/s)\n\n");
            md.append("| database | P-pay | P-pay-bo |\n|---|---|---|\n");
            java.util.Set<String> databases = new java.util.TreeSet<>(paymentCommits.keySet());
            databases.addAll(boxOfficeCommits.keySet());
            for (String database : databases) {
                md.append("| ").append(database).append(" | ")
                        .append(Numbers.format((double) paymentCommits.getOrDefault(database, 0L) / constantPayments.ok()))
                        .append(" | ")
                        .append(Numbers.format((double) boxOfficeCommits.getOrDefault(database, 0L) / constantBoxOffice.ok()))
                        .append(" |\n");
            }
            md.append("\nThe gateway commits two transactions per payment (its start, then its outcome with its event) and"
                    + " one per round of its outbox relay; the card vault one per batch of payment events. PostgreSQL's"
                    + " counters lag a busy backend by up to a second at each end of a window.\n\n");
        }

        /**
         * The CPU a part of the stack (all of it for {@code null}) uses at rest, per payment at P-lat's rate: what each
         * payment carries of the work that goes on whether it comes or not.
         */
        private Optional<Double> atRestPerPayment(String part) {
            if (cpuAtRestByPart.isEmpty() || atRest.isZero() || constantPayments == null || constantPayments.offeredPerSecond() <= 0) {
                return Optional.empty();
            }
            double millis = part == null ? cpuAtRestByPart.values().stream().mapToDouble(Double::doubleValue).sum()
                    : cpuAtRestByPart.getOrDefault(part, 0.0);
            return Optional.of(millis / (atRest.toMillis() / 1000.0) / constantPayments.offeredPerSecond());
        }

        /**
         * Each JVM's collections in the two windows at the same rate: the young ones' count and pauses, the full ones'
         * (a stall of every payment in flight), and the old generation's growth, which without a full collection is what
         * the young ones promoted.
         */
        private void collectionsSection(StringBuilder md) {
            if (paymentCollections.isEmpty() || constantPayments == null || constantBoxOffice == null) {
                return;
            }
            md.append("### Garbage collections by JVM (`jstat -gc`), same offered rate (")
                    .append(Numbers.format(constantPayments.offeredPerSecond())).append("/s)\n\n");
            md.append("| window | JVM | young collections | their pauses ms | full collections | their pauses ms"
                    + " | old generation's growth MiB |\n|---|---|---|---|---|---|---|\n");
            collectionRows(md, "P-pay", paymentCollections);
            collectionRows(md, "P-pay-bo", boxOfficeCollections);
            md.append("\nWithout a full collection, the old generation's growth is what the young collections promoted:"
                    + " objects that outlived the survivor spaces, which a later full collection sweeps while every payment"
                    + " in flight waits.\n\n");
        }

        private static void collectionRows(StringBuilder md, String window, Map<String, GarbageCollections.During> byJvm) {
            byJvm.forEach((jvm, during) -> {
                if (during.young() + during.full() > 0) {
                    md.append("| ").append(window).append(" | ").append(jvm).append(" | ").append(during.young())
                            .append(" | ").append(Numbers.format(during.youngPauseMillis())).append(" | ").append(during.full())
                            .append(" | ").append(Numbers.format(during.fullPauseMillis())).append(" | ")
                            .append(Numbers.format(during.oldGrowthMebibytes())).append(" |\n");
                }
            });
        }

        private static String stepRow(StepResult step) {
            return "| " + step.target() + " | " + Numbers.format(step.offeredPerSecond()) + " | " + Numbers.format(step.achievedPerSecond())
                    + " | " + Numbers.format(step.p50Micros() / 1000.0) + " | " + Numbers.format(step.p99Micros() / 1000.0)
                    + " | " + Numbers.format(step.maxMicros() / 1000.0) + " | " + step.errors() + " | " + step.dropped()
                    + " | " + (step.eventsDrainedMicros().isPresent() ? Numbers.format(step.eventsDrainedMicros().getAsLong() / 1000.0) : "")
                    + " |\n";
        }

        private static void profileSection(StringBuilder md, String service, Optional<JfrProfile.Summary> profile) {
            if (profile.isEmpty() || profile.get().samples() == 0) {
                md.append("No JFR profile of ").append(service).append(".\n\n");
                return;
            }
            JfrProfile.Summary summary = profile.get();
            md.append("### ").append(service).append(": JFR execution samples (").append(summary.samples()).append(")\n\n");
            md.append("| hot spot | share of samples |\n|---|---|\n");
            summary.byHotSpot().entrySet().stream().sorted(Map.Entry.<HotSpot, Long>comparingByValue().reversed()).forEach(entry ->
                    md.append("| ").append(entry.getKey().label()).append(" | ")
                            .append(Numbers.format(100.0 * entry.getValue() / summary.samples())).append(" % |\n"));
            md.append("\n| top self-time method | share of samples |\n|---|---|\n");
            summary.topSelfMethods().forEach((method, samples) -> md.append("| `").append(method).append("` | ")
                    .append(Numbers.format(100.0 * samples / summary.samples())).append(" % |\n"));
            md.append('\n');
        }
    }
}
