package com.secutix.payments.localstack.service;

import java.util.regex.Pattern;

/**
 * Decides which lines of a service's output reach the shared console: warnings, errors (with their
 * stack traces) and the "Started ... in N seconds" line. Everything else stays in the service's log
 * file. Output that is not a Spring Boot log line (say, the JVM refusing to start) is shown too,
 * unless it continues a hidden log line.
 */
public final class QuietConsole {

    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}.*");
    private static final Pattern WARN_OR_ERROR = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s.*");
    private static final Pattern STARTED = Pattern.compile(".*\\bStarted \\S+ in [\\d.]+ seconds.*");

    private boolean showingCurrentEntry = true;

    /** Not thread-safe: one instance per output stream. */
    public boolean shows(String line) {
        if (LOG_LINE.matcher(line).matches()) {
            showingCurrentEntry = WARN_OR_ERROR.matcher(line).matches() || STARTED.matcher(line).matches();
        }
        return showingCurrentEntry;
    }
}
