package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL did in the background, read from the log a durable local stack keeps
 * ({@code log_autovacuum_min_duration=0}, {@code log_checkpoints}): each autovacuum run (vacuum or analyze of a
 * table, with its CPU) and each checkpoint, so that a window's slow seconds can be laid beside them. A line is
 * logged when the work ends; it began its elapsed time earlier.
 */
public final class PostgresBackgroundWork {

    /** One piece of background work: when it ended, what it was, how long it took, and its CPU when logged. */
    public record Run(Instant ended, String what, Duration elapsed, OptionalDouble cpuSeconds) {

        public Instant started() {
            return ended.minus(elapsed);
        }

        boolean overlaps(Instant from, Instant to) {
            return !ended.isBefore(from) && started().isBefore(to);
        }
    }

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Pattern LOGGED = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) UTC \\[\\d+] LOG:  (.*)$");
    private static final Pattern AUTOVACUUM = Pattern.compile("^automatic (vacuum|analyze) of table \"([^\"]+)\".*");
    private static final Pattern SYSTEM_USAGE = Pattern.compile(
            "^\\s+system usage: CPU: user: ([0-9.]+) s, system: ([0-9.]+) s, elapsed: ([0-9.]+) s.*");
    private static final Pattern CHECKPOINT = Pattern.compile("^checkpoint complete: wrote (\\d+) buffers.* total=([0-9.]+) s;.*");

    private PostgresBackgroundWork() {
    }

    /** The runs of the log at {@code log} that overlap {@code from}..{@code to}; none when there is no log. */
    public static List<Run> between(Path log, Instant from, Instant to) throws IOException {
        if (!Files.isReadable(log)) {
            return List.of();
        }
        return in(Files.readAllLines(log)).stream().filter(run -> run.overlaps(from, to)).toList();
    }

    static List<Run> in(List<String> lines) {
        List<Run> runs = new ArrayList<>();
        Instant autovacuumEnded = null;
        String autovacuum = null;
        for (String line : lines) {
            Matcher logged = LOGGED.matcher(line);
            if (logged.matches()) {
                autovacuum = null;
                Instant at = LocalDateTime.parse(logged.group(1), LOG_TIME).toInstant(ZoneOffset.UTC);
                Matcher vacuum = AUTOVACUUM.matcher(logged.group(2));
                Matcher checkpoint = CHECKPOINT.matcher(logged.group(2));
                if (vacuum.matches()) {
                    autovacuum = vacuum.group(1) + " " + vacuum.group(2);
                    autovacuumEnded = at;
                } else if (checkpoint.matches()) {
                    Duration took = seconds(checkpoint.group(2));
                    runs.add(new Run(at, "checkpoint (" + checkpoint.group(1) + " buffers)", took, OptionalDouble.empty()));
                }
                continue;
            }
            Matcher usage = SYSTEM_USAGE.matcher(line);
            if (autovacuum != null && usage.matches()) {
                double cpu = Double.parseDouble(usage.group(1)) + Double.parseDouble(usage.group(2));
                runs.add(new Run(autovacuumEnded, autovacuum, seconds(usage.group(3)), OptionalDouble.of(cpu)));
                autovacuum = null;
            }
        }
        return runs;
    }

    private static Duration seconds(String seconds) {
        return Duration.ofNanos(Math.round(Double.parseDouble(seconds) * 1e9));
    }
}
