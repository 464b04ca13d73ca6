package com.secutix.payments.benchmarks.measure;

/**
 * The CPU time a process has used, from one line of {@code /proc/<pid>/stat}: {@code utime} + {@code stime}
 * (all its threads, living or ended) + {@code cutime} + {@code cstime} (its children that ended and were
 * waited for: PostgreSQL backends that closed), in clock ticks. The command name in parentheses may
 * itself hold spaces and parentheses, so the fields are counted from the last ')'.
 */
public final class ProcStat {

    /** USER_HZ: the kernel's unit for these fields, 100 on every Linux architecture this runs on. */
    public static final int TICKS_PER_SECOND = 100;

    private ProcStat() {
    }

    /** CPU ticks of the process described by the stat line. */
    public static long cpuTicks(String statLine) {
        String afterName = statLine.substring(statLine.lastIndexOf(')') + 2);
        String[] fields = afterName.trim().split("\\s+");
        // fields after the name start at the state (field 3 of proc(5)): utime is field 14, cstime field 17
        long utime = Long.parseLong(fields[14 - 3]);
        long stime = Long.parseLong(fields[15 - 3]);
        long cutime = Long.parseLong(fields[16 - 3]);
        long cstime = Long.parseLong(fields[17 - 3]);
        return utime + stime + cutime + cstime;
    }

    public static double ticksToMillis(long ticks) {
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }
}
