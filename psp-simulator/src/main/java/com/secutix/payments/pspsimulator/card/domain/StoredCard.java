package com.secutix.payments.pspsimulator.card.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A card behind an alias, as the PSP keeps it. The CVC is not part of it: the Alias Gateway keeps it apart, for
 * a short time only (see {@code StoredCards}).
 */
public final class StoredCard {

    private final String pspid;
    private final String alias;
    private final boolean temporary;
    private final Instant createdAt;
    private CardNumber number;
    private Brand brand;
    private String holder;
    private ExpiryDate expiry;

    public StoredCard(String pspid, String alias, CardNumber number, Brand brand, String holder, ExpiryDate expiry,
                      boolean temporary, Instant createdAt) {
        this.pspid = Objects.requireNonNull(pspid);
        this.alias = Objects.requireNonNull(alias);
        this.number = Objects.requireNonNull(number);
        this.brand = Objects.requireNonNull(brand);
        this.holder = Objects.requireNonNull(holder);
        this.expiry = Objects.requireNonNull(expiry);
        this.temporary = temporary;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String pspid() {
        return pspid;
    }

    public String alias() {
        return alias;
    }

    public synchronized String maskedNumber() {
        return number.masked();
    }

    /** Created with ALIASPERSISTEDAFTERUSE=N: it disappears after its lifetime or after a use that also says N. */
    public boolean isTemporary() {
        return temporary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized void changeDetails(String newHolder, ExpiryDate newExpiry) {
        if (newHolder != null && !newHolder.isBlank()) {
            holder = newHolder;
        }
        expiry = Objects.requireNonNull(newExpiry);
    }

    public synchronized void replaceCard(CardNumber newNumber, Brand newBrand, String newHolder, ExpiryDate newExpiry) {
        number = Objects.requireNonNull(newNumber);
        brand = Objects.requireNonNull(newBrand);
        holder = Objects.requireNonNull(newHolder);
        expiry = Objects.requireNonNull(newExpiry);
    }

    public synchronized CardView view() {
        return new CardView(alias, brand, number.masked(), expiry, holder, number.behaviour());
    }

    @Override
    public String toString() {
        return "StoredCard[" + pspid + ", " + brand.ogoneName() + " " + maskedNumber() + "]";
    }
}
