package com.secutix.payments.pspsimulator.card.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A card behind an alias, as the PSP keeps it. The CVC is kept only for a short time, for the DirectLink
 * call that follows the Alias Gateway, and is given out once.
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
    private String retainedCvc;
    private Instant cvcRetainedUntil;

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

    public boolean isTemporary() {
        return temporary;
    }

    /** A temporary alias (ALIASPERSISTEDAFTERUSE=N) disappears after its lifetime. */
    public boolean isGoneAt(Instant now, Duration temporaryLifetime) {
        return temporary && !now.isBefore(createdAt.plus(temporaryLifetime));
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
        retainedCvc = null;
        cvcRetainedUntil = null;
    }

    public synchronized void retainCvc(String cvc, Instant until) {
        retainedCvc = cvc;
        cvcRetainedUntil = until;
    }

    /** The retained CVC if still within its retention time; it is forgotten once taken. */
    public synchronized Optional<String> takeCvc(Instant now) {
        Optional<String> cvc = retainedCvc != null && now.isBefore(cvcRetainedUntil)
                ? Optional.of(retainedCvc) : Optional.empty();
        retainedCvc = null;
        cvcRetainedUntil = null;
        return cvc;
    }

    public synchronized CardView view() {
        return new CardView(alias, brand, number.masked(), expiry, holder, number.behaviour());
    }

    @Override
    public String toString() {
        return "StoredCard[" + pspid + ", " + brand.ogoneName() + " " + maskedNumber() + "]";
    }
}
