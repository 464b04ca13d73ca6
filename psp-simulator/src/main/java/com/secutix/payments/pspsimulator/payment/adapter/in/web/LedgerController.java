package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.AdminEndpoints;
import com.secutix.payments.pspsimulator.card.application.StoredCards;
import com.secutix.payments.pspsimulator.payment.application.Ledger;
import com.secutix.payments.pspsimulator.payment.application.Payments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * {@code /simulator/ledger} for reconciliation tests, and {@code /simulator/state} to start afresh. The ledger
 * answer says in {@value #EVICTED_HEADER} how many entries (of the {@code pspid} asked, else of all accounts) were
 * evicted with the oldest payments, whatever the {@code orderId} filter: 0 means nothing is missing.
 * <p>Admin endpoints: they exist only when {@value com.secutix.payments.pspsimulator.AdminEndpoints#ENABLED} is
 * {@code true} (the {@code local} profile sets it); otherwise both paths answer 404.
 */
@AdminEndpoints
@RestController
class LedgerController {

    static final String EVICTED_HEADER = "X-Simulator-Ledger-Evicted";

    private final Ledger ledger;
    private final Payments payments;
    private final StoredCards cards;

    LedgerController(Ledger ledger, Payments payments, StoredCards cards) {
        this.ledger = ledger;
        this.payments = payments;
        this.cards = cards;
    }

    @GetMapping("/simulator/ledger")
    ResponseEntity<List<Ledger.Entry>> ledger(@RequestParam Optional<String> orderId,
                                              @RequestParam Optional<String> pspid) {
        long evicted = ledger.evictedEntries(pspid);
        return ResponseEntity.ok()
                .header(EVICTED_HEADER, String.valueOf(evicted))
                .body(ledger.entries(pspid, orderId));
    }

    @DeleteMapping("/simulator/state")
    ResponseEntity<Void> forgetEverything() {
        payments.clear();
        cards.clear();
        return ResponseEntity.noContent().build();
    }
}
