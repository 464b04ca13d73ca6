package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeFirstFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void runs_only_the_bash_block_under_the_first_flow_section_and_keeps_its_card_and_payment() throws Exception {
        Path readme = readme("""
                ## The two commands
                ```bash
                echo not-this-one
                ```
                ## The first flow
                Paste this.
                ```bash
                CARD='{"alias":"A1"}'
                PAYMENT='{"state":"CAPTURED"}'
                echo "paid"
                ```
                ## Modules
                """);

        ReadmeFirstFlow.Run run = ReadmeFirstFlow.from(readme).run(dir.resolve("run"), TIMEOUT);

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEqualTo("paid\n");
        assertThat(run.card()).isEqualTo("{\"alias\":\"A1\"}");
        assertThat(run.payment()).isEqualTo("{\"state\":\"CAPTURED\"}");
    }

    @Test
    void a_failing_command_or_a_failing_pipe_stops_the_flow_with_a_non_zero_exit() throws Exception {
        Path readme = readme("""
                ## The first flow
                ```bash
                CARD=$(false | cat)
                echo "never printed"
                ```
                """);

        ReadmeFirstFlow.Run run = ReadmeFirstFlow.from(readme).run(dir.resolve("run"), TIMEOUT);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).doesNotContain("never printed");
        assertThat(run.payment()).isNull();
    }

    @Test
    void an_unset_variable_stops_the_flow() throws Exception {
        Path readme = readme("""
                ## The first flow
                ```bash
                echo "$TOKEN_NEVER_SET"
                ```
                """);

        assertThat(ReadmeFirstFlow.from(readme).run(dir.resolve("run"), TIMEOUT).exitCode()).isNotZero();
    }

    @Test
    void a_readme_without_the_first_flow_section_is_refused() throws Exception {
        Path readme = readme("""
                ## The two commands
                ```bash
                ./run-local.sh
                ```
                """);

        assertThatThrownBy(() -> ReadmeFirstFlow.from(readme)).hasMessageContaining("The first flow");
    }

    private Path readme(String text) throws Exception {
        return Files.writeString(dir.resolve("README.md"), text);
    }
}
