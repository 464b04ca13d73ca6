package com.secutix.payments.localstack.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests run in: the parent of the local-stack module, where run-local.sh is. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("run-local.sh")) || !Files.isRegularFile(root.resolve("README.md"))) {
            throw new IllegalStateException("Not inside the repository: no run-local.sh and README.md above " + module);
        }
        return root;
    }
}
