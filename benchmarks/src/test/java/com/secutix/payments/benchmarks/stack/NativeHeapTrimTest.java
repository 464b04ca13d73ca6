package com.secutix.payments.benchmarks.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {

    @Test
    void trims_the_native_heap_of_services_run_by_a_java_17_that_knows_the_option() {
        Runtime.Version version = Runtime.version();
        assumeThat(version.feature() == 17 && version.update() >= 9).as("a JDK 17.0.9 or later runs the tests").isTrue();

        assertThat(NativeHeapTrim.optionsForThisJava()).containsExactly(
                "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void adds_nothing_for_a_java_that_refuses_the_option() {
        assertThat(NativeHeapTrim.optionsFor("/bin/false")).isEmpty();
    }

    @Test
    void adds_nothing_for_a_java_that_is_not_there() {
        assertThat(NativeHeapTrim.optionsFor("/nonexistent/bin/java")).isEmpty();
    }
}
