package com.secutix.payments.cardvault.card.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

public final class SavedCardFixtures {

    public static final Instant SAVED_AT = Instant.parse("2026-03-14T10:15:30Z");

    private SavedCardFixtures() {
    }

    public static CardOwner alice() {
        return new CardOwner("demo-theatre", "alice");
    }

    public static CardDetails visaExpiring(YearMonth month) {
        return new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), new CardExpiry(month), "Alice Martin");
    }

    public static SavedCard aliceVisa(String alias) {
        return new SavedCard(new CardId(UUID.randomUUID()), alice(), new PspAlias(alias),
                visaExpiring(YearMonth.of(2028, 12)), SalesChannel.WEB, SAVED_AT);
    }
}
