package com.secutix.payments.benchmarks.baseline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.secutix.payments.benchmarks.stack.ProductionJvm;

/** B-web in its own JVM (this module's exec jar, {@code bare-web} command), with the services' JVM flags. */
public final class BareWebJvm implements AutoCloseable {

    public static final int PORT = 8099;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;

    private BareWebJvm(Process process) {
        this.process = process;
    }

    public static BareWebJvm start(Path benchmarksJar, Path log, String r2dbcUrl, String user, String password)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ProductionJvm.FLAGS);
        command.addAll(List.of("-jar", benchmarksJar.toString(), "bare-web",
                "--server.port=" + PORT, "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--spring.r2dbc.url=" + r2dbcUrl, "--spring.r2dbc.username=" + user, "--spring.r2dbc.password=" + password));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        BareWebJvm jvm = new BareWebJvm(process);
        jvm.awaitAnswering();
        return jvm;
    }

    public static URI rowsUri() {
        return URI.create("http://localhost:" + PORT + BareWebApplication.PATH);
    }

    public long pid() {
        return process.pid();
    }

    private void awaitAnswering() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the B-web JVM ended at start-up (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(rowsUri())
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the B-web JVM did not answer within " + READY_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
