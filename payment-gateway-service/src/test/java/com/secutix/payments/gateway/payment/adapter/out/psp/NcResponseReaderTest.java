package com.secutix.payments.gateway.payment.adapter.out.psp;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NcResponseReaderTest {

    private static final OgoneOrderId ORDER = new OgoneOrderId("P0X5YG3BFYREHLAS5FMD3RSLXQ");

    private static PspOutcome read(String xml) {
        return NcResponseReader.read(xml.getBytes(StandardCharsets.ISO_8859_1), ORDER);
    }

    @Test
    void reads_status_payid_and_error() {
        PspOutcome outcome = read("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <ncresponse orderID="P0X5YG3BFYREHLAS5FMD3RSLXQ" PAYID="3014657" NCSTATUS="0" NCERROR="0"
                  NCERRORPLUS="!" ACCEPTANCE="test123" STATUS="9" amount="82.5" currency="EUR" PM="CreditCard"
                  BRAND="VISA" ALIAS="A1"/>""");

        assertThat(outcome).isEqualTo(new PspOutcome.Answered(9, "3014657", "0", "!"));
    }

    @Test
    void an_answer_without_status_is_unknown() {
        assertThat(read("<ncresponse orderID=\"P0X5YG3BFYREHLAS5FMD3RSLXQ\" NCERROR=\"50001130\" STATUS=\"\"/>"))
                .isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void malformed_xml_is_unknown() {
        assertThat(read("<ncresponse STATUS=\"9\"")).isInstanceOf(PspOutcome.OutcomeUnknown.class);
        assertThat(read("<html><body>Service unavailable</body></html>")).isInstanceOf(PspOutcome.OutcomeUnknown.class);
        assertThat(read("")).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void an_answer_about_another_order_is_unknown() {
        assertThat(read("<ncresponse orderID=\"OTHER\" STATUS=\"9\" PAYID=\"1\"/>"))
                .isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void refuses_external_entities() {
        PspOutcome outcome = read("""
                <?xml version="1.0"?>
                <!DOCTYPE ncresponse [<!ENTITY status SYSTEM "file:///etc/hostname">]>
                <ncresponse orderID="P0X5YG3BFYREHLAS5FMD3RSLXQ" STATUS="&status;"/>""");

        assertThat(outcome).isInstanceOf(PspOutcome.OutcomeUnknown.class);
    }

    @Test
    void an_unreadable_answer_does_not_spoil_the_next_one_read_on_the_same_thread() {
        assertThat(read("<ncresponse STATUS=")).isInstanceOf(PspOutcome.OutcomeUnknown.class);

        assertThat(read("<ncresponse orderID=\"P0X5YG3BFYREHLAS5FMD3RSLXQ\" PAYID=\"7\" NCERROR=\"0\" STATUS=\"9\"/>"))
                .isEqualTo(new PspOutcome.Answered(9, "7", "0", null));
    }

    @Test
    void answers_read_on_many_threads_at_once_are_each_read_as_themselves() {
        List<Integer> statuses = IntStream.range(0, 400).boxed().toList();

        List<PspOutcome> outcomes = statuses.parallelStream()
                .map(i -> read("<ncresponse orderID=\"P0X5YG3BFYREHLAS5FMD3RSLXQ\" PAYID=\"" + i
                        + "\" NCERROR=\"0\" STATUS=\"" + (i % 2 == 0 ? 9 : 93) + "\"/>"))
                .toList();

        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i)).isEqualTo(new PspOutcome.Answered(i % 2 == 0 ? 9 : 93, String.valueOf(i), "0",
                    null));
        }
    }
}
