package com.secutix.payments.checkout.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.events.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageFormatsTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final PageFormats FRENCH = new PageFormats(Locale.FRENCH, ZURICH);
    static final PageFormats ENGLISH = new PageFormats(Locale.ENGLISH, ZURICH);

    @Test
    void money_reads_in_french_with_a_decimal_comma_narrow_spaces_and_the_symbol_after() {
        assertThat(FRENCH.money(Money.of(24750, "EUR"))).isEqualTo("247,50\u00A0€");
        assertThat(FRENCH.money(Money.of(124750, "EUR"))).isEqualTo("1\u202F247,50\u00A0€");
        assertThat(FRENCH.money(Money.of(16500, "CHF"))).isEqualTo("165,00\u00A0CHF");
    }

    @Test
    void money_reads_in_english_with_the_symbol_before_and_a_decimal_point() {
        assertThat(ENGLISH.money(Money.of(24750, "EUR"))).isEqualTo("€247.50");
        assertThat(ENGLISH.money(Money.of(124750, "EUR"))).isEqualTo("€1,247.50");
    }

    @Test
    void money_shows_the_decimals_of_its_currency() {
        assertThat(ENGLISH.money(Money.of(1500, "JPY"))).isEqualTo("¥1,500");
        assertThat(ENGLISH.money(Money.of(100000, "EUR"))).isEqualTo("€1,000.00");
        assertThat(ENGLISH.money(Money.of(1234, "KWD"))).endsWith("1.234");
    }

    @Test
    void the_card_number_shows_only_its_last_four_digits_in_groups() {
        ShownCard card = new ShownCard("VISA", "XXXXXXXXXXXX4242", "12/29", "Alice Martin");

        assertThat(FRENCH.maskedNumber(card)).isEqualTo("XXXX XXXX XXXX 4242");
        assertThat(ENGLISH.maskedNumber(new ShownCard("VISA", "411111XXXXXX1111", "12/29", null))).isEqualTo("XXXX XXXX XXXX 1111");
    }

    @Test
    void a_performance_time_reads_in_the_checkouts_time_zone() {
        Instant sevenThirtyInZurich = Instant.parse("2027-03-14T18:30:00Z");

        assertThat(FRENCH.time(sevenThirtyInZurich)).isEqualTo("19:30");
        assertThat(FRENCH.dateTime(sevenThirtyInZurich)).startsWith("dimanche 14 mars 2027").endsWith("19:30");
        assertThat(ENGLISH.dateTime(sevenThirtyInZurich)).startsWith("Sunday, March 14, 2027").contains("7:30");
    }
}
