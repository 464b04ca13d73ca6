package com.secutix.payments.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.secutix.payments.localstack.infrastructure.LocalPostgres;

/**
 * A launcher killed with {@code kill -9} leaves its children running. Here harmless {@code sleep}
 * processes play them: recorded in a pid file as a dead launcher would have left it, then claimed
 * by the next launcher (this test).
 */
class PidFileTest {

    private static final Duration GRACE = Duration.ofSeconds(2);

    @TempDir
    Path workDirectory;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopTheSleepers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void stops_what_a_killed_launcher_left_running_services_first_then_postgres_one_line_each() throws Exception {
        Process deadLauncher = sleeper();
        Process postgres = sleeper();
        Process pspSimulator = sleeper();
        writePidFile(line(deadLauncher, "launcher"), line(postgres, "postgres"), line(pspSimulator, "psp-simulator"));
        kill(deadLauncher);

        PidFile.claim(workDirectory, List.of(), leftovers());

        assertThat(postgres.waitFor(1, TimeUnit.SECONDS)).isTrue();
        assertThat(pspSimulator.waitFor(1, TimeUnit.SECONDS)).isTrue();
        assertThat(console).containsExactly(
                "psp-simulator (pid " + pspSimulator.pid() + ") left running by an earlier launcher (pid "
                        + deadLauncher.pid() + ") that is gone: stopping it",
                "postgres (pid " + postgres.pid() + ") left running by an earlier launcher (pid "
                        + deadLauncher.pid() + ") that is gone: stopping it");
    }

    @Test
    void never_touches_a_live_process_that_got_a_recorded_pid_but_started_at_another_instant() throws Exception {
        Process deadLauncher = sleeper();
        Process unrelated = sleeper();
        Instant anHourBefore = unrelated.info().startInstant().orElseThrow().minus(Duration.ofHours(1));
        writePidFile(line(deadLauncher, "launcher"), unrelated.pid() + " " + anHourBefore + " psp-simulator");
        kill(deadLauncher);

        PidFile.claim(workDirectory, List.of(), leftovers());

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(console).isEmpty();
    }

    @Test
    void refuses_to_start_while_the_recorded_launcher_is_alive_and_leaves_its_processes_alone() throws Exception {
        Process liveLauncher = sleeper();
        Process pspSimulator = sleeper();
        writePidFile(line(liveLauncher, "launcher"), line(pspSimulator, "psp-simulator"));
        String before = Files.readString(workDirectory.resolve(PidFile.NAME));

        assertThatThrownBy(() -> PidFile.claim(workDirectory, List.of(), leftovers()))
                .isInstanceOf(PidFile.AlreadyRunning.class)
                .hasMessage("a local stack is already running, pid " + liveLauncher.pid()
                        + "; stop it with Ctrl-C in its terminal or kill " + liveLauncher.pid());

        assertThat(pspSimulator.isAlive()).isTrue();
        assertThat(Files.readString(workDirectory.resolve(PidFile.NAME))).isEqualTo(before);
    }

    @Test
    void kills_a_leftover_that_ignores_the_request_to_stop_once_the_grace_period_is_over() throws Exception {
        Process deadLauncher = sleeper();
        Process stubborn = start("bash", "-c", "trap '' TERM; exec sleep 300");
        awaitCommand(stubborn, "sleep"); // the trap is set: SIGTERM is ignored from now on
        writePidFile(line(deadLauncher, "launcher"), line(stubborn, "refund"));
        kill(deadLauncher);

        PidFile.claim(workDirectory, List.of(), leftovers());

        assertThat(stubborn.waitFor(1, TimeUnit.SECONDS)).isTrue();
        assertThat(console).containsExactly(
                "refund (pid " + stubborn.pid() + ") left running by an earlier launcher (pid " + deadLauncher.pid()
                        + ") that is gone: stopping it",
                "refund (pid " + stubborn.pid() + ") did not stop within 2 s; killed it");
    }

    @Test
    void stops_a_postmaster_known_only_from_postgresqls_own_stale_pid_file() throws Exception {
        Process postmaster = sleeper();
        Path dataDirectory = Files.createDirectories(workDirectory.resolve("postgres-data"));
        long startSecond = postmaster.info().startInstant().orElseThrow().getEpochSecond();
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                postmaster.pid() + "\n" + dataDirectory + "\n" + startSecond + "\n5433\n/tmp\nlocalhost\n");

        PidFile.claim(workDirectory, LocalPostgres.leftoverPostmaster(workDirectory).stream().toList(), leftovers());

        assertThat(postmaster.waitFor(1, TimeUnit.SECONDS)).isTrue();
        assertThat(console).containsExactly("postgres (pid " + postmaster.pid()
                + ") left running by an earlier launcher that is gone: stopping it");
    }

    @Test
    void records_this_launcher_and_each_process_it_starts_and_forgets_them_after_a_clean_stop() throws Exception {
        Process pspSimulator = sleeper();

        PidFile pidFile = PidFile.claim(workDirectory, List.of(), leftovers());
        pidFile.record("psp-simulator", pspSimulator.toHandle());

        Instant launcherStart = ProcessHandle.current().info().startInstant().orElseThrow();
        assertThat(Files.readAllLines(workDirectory.resolve(PidFile.NAME))).filteredOn(line -> !line.startsWith("#"))
                .containsExactly(ProcessHandle.current().pid() + " " + launcherStart + " launcher", line(pspSimulator, "psp-simulator"));
        assertThatThrownBy(() -> PidFile.claim(workDirectory, List.of(), leftovers()))
                .isInstanceOf(PidFile.AlreadyRunning.class);

        pidFile.forget();

        assertThat(workDirectory.resolve(PidFile.NAME)).doesNotExist();
        PidFile.claim(workDirectory, List.of(), leftovers());
        assertThat(pspSimulator.isAlive()).as("a process of a launcher that stopped cleanly is not a leftover").isTrue();
    }

    private Leftovers leftovers() {
        return new Leftovers(GRACE, console::add);
    }

    private Process sleeper() throws IOException {
        return start("sleep", "300");
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return process;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitCommand(Process process, String executable) throws InterruptedException {
        for (int i = 0; i < 100 && !process.info().command().orElse("").endsWith("/" + executable); i++) {
            Thread.sleep(20);
        }
        assertThat(process.info().command()).hasValueSatisfying(command -> assertThat(command).endsWith("/" + executable));
    }

    private static String line(Process process, String name) {
        return process.pid() + " " + process.info().startInstant().orElseThrow() + " " + name;
    }

    private void writePidFile(String... lines) throws IOException {
        Files.writeString(workDirectory.resolve(PidFile.NAME), "# written by a launcher that was then killed\n"
                + String.join("\n", lines) + "\n");
    }
}
