package com.secutix.payments.localstack.process;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Stops the processes an earlier launcher started and could not stop because it was killed
 * ({@code kill -9}) or crashed: each one still running (same pid, same start instant) is asked to
 * stop (SIGTERM), given a grace period, then killed. The services go first, PostgreSQL last, as on a
 * clean stop.
 */
public final class Leftovers {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    private final Duration grace;
    private final Consumer<String> console;

    public Leftovers(Duration grace, Consumer<String> console) {
        this.grace = grace;
        this.console = console;
    }

    /**
     * Stops whatever of {@code recorded} still runs and says so in one line for each.
     *
     * @param formerLauncher who started them, for the message: "an earlier launcher (pid 806)"
     */
    public void stop(List<RecordedProcess> recorded, String formerLauncher) {
        Map<Boolean, List<RecordedProcess>> postgresOrNot = recorded.stream()
                .collect(Collectors.partitioningBy(process -> process.name().equals(RecordedProcess.POSTGRES)));
        stopTogether(postgresOrNot.get(false), formerLauncher);
        stopTogether(postgresOrNot.get(true), formerLauncher);
    }

    private void stopTogether(List<RecordedProcess> recorded, String formerLauncher) {
        Map<RecordedProcess, ProcessHandle> running = recorded.stream()
                .flatMap(process -> process.running().stream().map(handle -> Map.entry(process, handle)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first,
                        LinkedHashMap::new));
        running.forEach((process, handle) -> {
            console.accept(process + " left running by " + formerLauncher + " that is gone: stopping it");
            handle.destroy();
        });
        Instant deadline = Instant.now().plus(grace);
        running.forEach((process, handle) -> awaitOrKill(process, handle, deadline));
    }

    private void awaitOrKill(RecordedProcess process, ProcessHandle handle, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (awaitExit(handle, left.isNegative() ? Duration.ZERO : left)) {
            return;
        }
        handle.destroyForcibly();
        if (awaitExit(handle, Duration.ofSeconds(5))) {
            console.accept(process + " did not stop within " + grace.toSeconds() + " s; killed it");
        } else {
            console.accept(process + " is still running after a kill; stop it by hand (kill -9 " + process.pid() + ")");
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }
}
