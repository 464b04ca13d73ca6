package com.secutix.payments.localstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finds a service's runnable jar, {@code <root>/<module>/target/<module>-<version>-exec.jar}. */
public final class ExecutableJars {

    private final Path root;

    public ExecutableJars(Path root) {
        this.root = root;
    }

    public Path of(PlatformService service) {
        Path target = root.resolve(service.module()).resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                return files.filter(file -> isExecJarOf(service, file))
                        .max(Comparator.comparing(ExecutableJars::lastModified))
                        .orElseThrow(() -> missing(service, target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw missing(service, target);
    }

    private static boolean isExecJarOf(PlatformService service, Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(service.module() + "-") && name.endsWith("-exec.jar");
    }

    private static long lastModified(Path file) {
        return file.toFile().lastModified();
    }

    private static IllegalStateException missing(PlatformService service, Path target) {
        return new IllegalStateException("No " + service.module() + "-*-exec.jar in " + target
                + "; build it first: ./mvnw -DskipTests install (run-local.sh does)");
    }
}
