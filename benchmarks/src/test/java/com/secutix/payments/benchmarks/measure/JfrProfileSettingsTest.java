package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jdk.jfr.Configuration;
import org.junit.jupiter.api.Test;

class JfrProfileSettingsTest {

    @Test
    void the_profiles_record_execution_samples_and_no_event_that_instruments_jdk_classes() throws Exception {
        Map<String, String> settings;
        try (Reader reader = new InputStreamReader(JfrProfile.class.getResourceAsStream("/jfr/execution-samples.jfc"),
                StandardCharsets.UTF_8)) {
            settings = Configuration.create(reader).getSettings();
        }

        assertThat(settings).containsEntry("jdk.ExecutionSample#enabled", "true")
                .containsEntry("jdk.ExecutionSample#period", "10 ms");
        assertThat(settings.entrySet()).filteredOn(setting -> setting.getKey().endsWith("#enabled")
                        && setting.getValue().equals("true"))
                .extracting(Map.Entry::getKey).containsExactly("jdk.ExecutionSample#enabled");
    }
}
