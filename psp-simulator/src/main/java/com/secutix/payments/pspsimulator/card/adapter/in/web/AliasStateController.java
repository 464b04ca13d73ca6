package com.secutix.payments.pspsimulator.card.adapter.in.web;

import com.secutix.payments.pspsimulator.AdminEndpoints;
import com.secutix.payments.pspsimulator.card.application.StoredCards;
import com.secutix.payments.pspsimulator.card.domain.CardView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /simulator/aliases/{alias}?pspid=...}: what the simulator holds now behind an alias of a merchant
 * account (brand, masked number, expiry as MM/YY, holder), so a test can check that an alias update reached the PSP.
 * Never the card number, never a CVC; 404 for an alias the account does not have. Admin endpoint: it exists only
 * when {@value com.secutix.payments.pspsimulator.AdminEndpoints#ENABLED} is {@code true}.
 */
@AdminEndpoints
@RestController
class AliasStateController {

    private final StoredCards cards;

    AliasStateController(StoredCards cards) {
        this.cards = cards;
    }

    @GetMapping("/simulator/aliases/{alias}")
    ResponseEntity<Map<String, String>> alias(@PathVariable String alias, @RequestParam String pspid) {
        return cards.view(pspid, alias)
                .map(AliasStateController::shown)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Map<String, String> shown(CardView card) {
        String mmYy = card.expiry().ogoneFormat();
        return Map.of("alias", card.alias(), "brand", card.brand().ogoneName(), "maskedNumber", card.maskedNumber(),
                "expiry", mmYy.substring(0, 2) + "/" + mmYy.substring(2), "holder", card.holder());
    }
}
