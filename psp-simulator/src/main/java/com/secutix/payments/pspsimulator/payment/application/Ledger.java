package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.payment.domain.Payment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The PSP's side of reconciliation: every operation that got a PAYID / PAYIDSUB (validation errors and refused
 * duplicates do not), with its current status, for the payments still kept (see {@link Payments}: the oldest are
 * evicted past the maximum, and {@link #evictedEntries} says how many entries went with them).
 */
public class Ledger {

    /** One line; {@code amount} is Ogone's AMOUNT (the amount x 100). */
    public record Entry(Instant time, String pspid, String orderId, long payId, int payIdSub, String operation,
                        long amount, String currency, int status) {
    }

    private final Payments payments;

    public Ledger(Payments payments) {
        this.payments = payments;
    }

    public List<Entry> entries(Optional<String> pspid, Optional<String> orderId) {
        return payments.all().stream()
                .filter(payment -> pspid.map(payment.details().pspid()::equals).orElse(true))
                .filter(payment -> orderId.map(payment.details().orderId()::equals).orElse(true))
                .flatMap(payment -> entriesOf(payment).stream())
                .sorted(Comparator.comparing(Entry::time).thenComparing(Entry::payId).thenComparing(Entry::payIdSub))
                .toList();
    }

    /**
     * How many entries of this merchant account (or of all) left the ledger with evicted payments since the start
     * or the last {@code DELETE /simulator/state}: 0 means the ledger is complete.
     */
    public long evictedEntries(Optional<String> pspid) {
        return payments.evictedLedgerEntries(pspid);
    }

    private static List<Entry> entriesOf(Payment payment) {
        var details = payment.details();
        return payment.operations().stream()
                .map(operation -> new Entry(operation.time(), details.pspid(), details.orderId(), payment.payId(),
                        operation.payIdSub(), operation.code().name(), operation.amount(), details.amount().currency(),
                        operation.status().code()))
                .toList();
    }
}
