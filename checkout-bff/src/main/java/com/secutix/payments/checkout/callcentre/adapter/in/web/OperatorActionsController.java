package com.secutix.payments.checkout.callcentre.adapter.in.web;

import com.secutix.payments.checkout.callcentre.application.ReadOperatorActions;
import com.secutix.payments.checkout.callcentre.domain.CustomerId;
import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.security.Callers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /operator-actions}: the call centre's audit trail for the tenant's admin (JWT, role {@code admin}),
 * newest first, optionally of one customer ({@code customerId}), at most {@code limit} lines (100 by default, 500 at
 * most).
 */
@RestController
class OperatorActionsController {

    record OperatorActionView(UUID id, String operator, String customerId, String action, UUID cardId, String orderId,
                              String outcome, Instant occurredAt) {

        static OperatorActionView of(OperatorAction action) {
            return new OperatorActionView(action.id(), action.operator(), action.customerId(), action.action().name(),
                    action.cardId(), action.orderId(), action.outcome(), action.occurredAt());
        }
    }

    private final ReadOperatorActions actions;

    OperatorActionsController(ReadOperatorActions actions) {
        this.actions = actions;
    }

    @GetMapping("/operator-actions")
    Mono<List<OperatorActionView>> latest(@RequestParam(required = false) String customerId,
                                          @RequestParam(required = false) String limit) {
        if (customerId != null && !CustomerId.isValid(customerId)) {
            return Mono.error(new InvalidRequestException("customerId: must be 1 to 64 letters, digits or . _ @ -"));
        }
        int lines;
        try {
            lines = limit == null ? 100 : Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            return Mono.error(new InvalidRequestException("limit: must be a whole number from 1 to " + ReadOperatorActions.MAX_LINES));
        }
        if (lines < 1 || lines > ReadOperatorActions.MAX_LINES) {
            return Mono.error(new InvalidRequestException("limit: must be a whole number from 1 to " + ReadOperatorActions.MAX_LINES));
        }
        return Callers.current().flatMapMany(caller -> actions.latest(caller, customerId, lines))
                .map(OperatorActionView::of).collectList();
    }
}
