package com.secutix.payments.cardvault.policy.adapter.in.web;

import com.secutix.payments.cardvault.policy.application.ChangeCardPolicy;
import com.secutix.payments.cardvault.policy.application.ConcurrentPolicyChangeException;
import com.secutix.payments.cardvault.policy.application.ReadCardPolicy;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.InvalidCardPolicyException;
import com.secutix.payments.platform.problem.ConflictException;
import com.secutix.payments.platform.problem.FieldProblem;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.security.Callers;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The card policy of the caller's tenant: {@code GET /card-policy}, {@code PUT /card-policy} (admins; the
 * whole policy) and {@code GET /card-policy/changes} (admins; the audit trail, newest first). The tenant is
 * the token's: there is no way to name another one.
 */
@RestController
@RequestMapping("/card-policy")
class CardPolicyController {

    private final ReadCardPolicy readCardPolicy;
    private final ChangeCardPolicy changeCardPolicy;

    CardPolicyController(ReadCardPolicy readCardPolicy, ChangeCardPolicy changeCardPolicy) {
        this.readCardPolicy = readCardPolicy;
        this.changeCardPolicy = changeCardPolicy;
    }

    @GetMapping
    Mono<CardPolicyView> current() {
        return Callers.current().map(CardPolicyAccess::mayRead)
                .flatMap(caller -> readCardPolicy.current(caller.tenantId()))
                .map(CardPolicyView::of);
    }

    @PutMapping
    Mono<CardPolicyView> change(@RequestBody CardPolicyRequest request) {
        return Callers.current().map(CardPolicyAccess::mayChange)
                .flatMap(caller -> changeCardPolicy.change(caller.tenantId(), caller.subject(), validated(request)))
                .map(CardPolicyView::of)
                .onErrorMap(ConcurrentPolicyChangeException.class, e -> new ConflictException(
                        "The card policy was changed by someone else meanwhile; read it again and retry."));
    }

    @GetMapping("/changes")
    Mono<List<CardPolicyChangeView>> changes() {
        return Callers.current().map(CardPolicyAccess::mayChange)
                .flatMapMany(caller -> readCardPolicy.history(caller.tenantId()))
                .map(CardPolicyChangeView::of)
                .collectList();
    }

    private static CardPolicy validated(CardPolicyRequest request) {
        try {
            return request.toPolicy();
        } catch (InvalidCardPolicyException invalid) {
            throw InvalidRequestException.ofFields(invalid.violations().stream()
                    .map(violation -> new FieldProblem(violation.field(), violation.message()))
                    .toList());
        }
    }
}
