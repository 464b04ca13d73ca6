package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alias starts charges and a challenge token completes a 3-D Secure identification: whoever sees one must not be
 * able to work out the next. The attack tried here is the classic one on {@code java.util.Random}: its 48-bit state
 * is recovered from the first 32 bits of an identifier (65,536 guesses), checked against the next 32 bits, and then
 * the following identifier is computed.
 */
class UnguessableIdentifiersTest extends SimulatorWebTest {

    @Test
    void the_next_alias_cannot_be_worked_out_from_the_one_before() {
        String first = simulator.aliasFor("4111111111111111");
        String second = simulator.aliasFor("4111111111111111");

        assertThat(first).matches("[0-9A-F]{32}");
        assertThat(RandomPredictor.nextAfter(first)).isNotEqualTo(Optional.of(second.toLowerCase()));
    }

    @Test
    void the_next_challenge_token_cannot_be_worked_out_from_the_one_before() {
        String alias = simulator.aliasFor("4000000000003220");
        String first = challengeToken(alias);
        String second = challengeToken(alias);

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(RandomPredictor.nextAfter(first)).isNotEqualTo(Optional.of(second));
    }

    private String challengeToken(String alias) {
        String html = SimulatorClient.htmlAnswer(simulator.directLinkResponse("orderdirect.asp",
                SimulatorClient.threeDsOrder("SAL", uniqueOrderId("token"), alias, "https://shop.example/accept",
                        "https://shop.example/decline")));
        Matcher matcher = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** Predicts the next 16 bytes of {@code java.util.Random#nextBytes} from 16 bytes it produced just before. */
    private static final class RandomPredictor {

        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long INCREMENT = 0xBL;
        private static final long MASK = (1L << 48) - 1;

        static Optional<String> nextAfter(String hex) {
            byte[] seen = HexFormat.of().parseHex(hex.toLowerCase());
            int[] ints = new int[4];
            for (int i = 0; i < 4; i++) {
                ints[i] = (seen[4 * i] & 0xFF) | (seen[4 * i + 1] & 0xFF) << 8 | (seen[4 * i + 2] & 0xFF) << 16
                        | (seen[4 * i + 3] & 0xFF) << 24;
            }
            for (long low = 0; low < (1 << 16); low++) {
                long state = ((ints[0] & 0xFFFFFFFFL) << 16) | low;
                if (next(state) >>> 16 == (ints[1] & 0xFFFFFFFFL)) {
                    long last = next(next(next(state)));
                    if ((int) (last >>> 16) == ints[3]) {
                        return Optional.of(bytesAfter(last));
                    }
                }
            }
            return Optional.empty();
        }

        private static String bytesAfter(long state) {
            byte[] bytes = new byte[16];
            for (int i = 0; i < 4; i++) {
                state = next(state);
                int value = (int) (state >>> 16);
                for (int n = 0; n < 4; n++, value >>= 8) {
                    bytes[4 * i + n] = (byte) value;
                }
            }
            return HexFormat.of().formatHex(bytes);
        }

        private static long next(long state) {
            return (state * MULTIPLIER + INCREMENT) & MASK;
        }
    }
}
