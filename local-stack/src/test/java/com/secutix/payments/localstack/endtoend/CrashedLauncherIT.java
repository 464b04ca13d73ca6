package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.secutix.payments.localstack.process.PidFile;
import com.secutix.payments.localstack.process.RecordedProcess;

/**
 * A launcher killed with {@code kill -9} must not block the next {@code ./run-local.sh}: a real
 * {@code SKIP_BUILD=1 ./run-local.sh --services=psp-simulator}, killed once ready, then started
 * again. Runs before {@link FirstFlowIT} (alphabetical order), whose logs the card-data scan reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashedLauncherIT {

    private static final Duration READY = Duration.ofSeconds(150);
    private static final Duration REFUSAL = Duration.ofSeconds(60);
    private static final Duration SERVICE_STOPS_BY_ITSELF = Duration.ofSeconds(45);
    private static final Path ROOT = RepositoryRoot.path();
    private static final Path WORK_DIRECTORY = ROOT.resolve("local-stack-data");

    private static LocalStackProcess killed;
    private static LocalStackProcess next;
    private static List<RecordedProcess> leftBehind = List.of();

    @BeforeAll
    static void startAStackWithThePspSimulator() throws Exception {
        killed = LocalStackProcess.start(ROOT, READY, "--services=psp-simulator");
        killed.awaitReady(READY);
    }

    @AfterAll
    static void stopWhateverRuns() throws Exception {
        if (next != null) {
            next.stop();
            return;
        }
        leftBehind.forEach(process -> process.running().ifPresent(ProcessHandle::destroyForcibly));
        if (killed != null) {
            killed.stop();
        }
    }

    @Test
    @Order(1)
    void a_second_launcher_refuses_to_start_next_to_a_running_stack_and_names_its_pid() throws Exception {
        LocalStackProcess second = LocalStackProcess.startAnyway(ROOT, READY, "--services=psp-simulator");

        assertThat(second.awaitExit(REFUSAL)).isEqualTo(1);
        assertThat(second.console()).anySatisfy(line -> assertThat(line).endsWith("a local stack is already running, pid "
                + killed.pid() + "; stop it with Ctrl-C in its terminal or kill " + killed.pid()));
        assertThat(PidFile.read(WORK_DIRECTORY)).as("the running stack's processes").allSatisfy(process ->
                assertThat(process.running()).as(process.toString()).isPresent());
    }

    @Test
    @Order(2)
    void after_a_kill_9_of_the_launcher_its_service_stops_by_itself_and_postgresql_is_left_running() throws Exception {
        leftBehind = PidFile.read(WORK_DIRECTORY);
        assertThat(leftBehind).extracting(RecordedProcess::name).containsExactly("launcher", "postgres", "psp-simulator");

        killed.killAbruptly();

        if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            await().atMost(SERVICE_STOPS_BY_ITSELF).untilAsserted(() ->
                    assertThat(recorded("psp-simulator").running()).as("psp-simulator after the launcher died").isEmpty());
        }
        assertThat(recorded("postgres").running()).as("PostgreSQL (pg_ctl started it as a daemon)").isPresent();
    }

    @Test
    @Order(3)
    void the_next_start_stops_the_leftover_postgresql_says_so_in_one_line_and_gets_ready() throws Exception {
        RecordedProcess postgres = recorded("postgres");

        next = LocalStackProcess.startAnyway(ROOT, READY, "--services=psp-simulator");
        next.awaitReady(READY);

        assertThat(next.console()).anySatisfy(line -> assertThat(line).endsWith("postgres (pid " + postgres.pid()
                + ") left running by an earlier launcher (pid " + killed.pid() + ") that is gone: stopping it"));
        assertThat(postgres.running()).isEmpty();
        assertThat(PidFile.read(WORK_DIRECTORY)).extracting(RecordedProcess::pid).contains(next.pid())
                .doesNotContain(postgres.pid());
    }

    private static RecordedProcess recorded(String name) {
        return leftBehind.stream().filter(process -> process.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the pid file: " + leftBehind));
    }
}
