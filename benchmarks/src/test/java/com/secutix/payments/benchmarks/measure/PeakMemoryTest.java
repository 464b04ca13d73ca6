package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {

    @Test
    void the_peak_is_the_sum_of_each_parts_share_at_the_highest_sample() throws InterruptedException {
        long thisJvm = ProcessHandle.current().pid();
        PeakMemory sampler = PeakMemory.start(new StackProcesses(Path.of("/proc")), thisJvm, Set.of(thisJvm));
        Thread.sleep(300); // one sample is taken at once

        PeakMemory.Peak peak = sampler.stop();

        assertThat(peak.kibibytes()).isPositive();
        assertThat(peak.kibibytesByPart()).containsOnlyKeys("launcher (Kafka + identity provider)");
        assertThat(peak.kibibytesByPart().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(peak.kibibytes());
    }
}
