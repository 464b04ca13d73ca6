package com.secutix.payments.gateway.payment.adapter.out.cardentry;

import com.secutix.payments.gateway.cardentry.application.CvvProofs;
import com.secutix.payments.gateway.payment.application.CvvProofsOnFile;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The payment feature's view of the CVV proofs card entry recorded: a proof is usable for its customer's card only. */
public class EnteredCvvProofs implements CvvProofsOnFile {

    private final CvvProofs proofs;

    public EnteredCvvProofs(CvvProofs proofs) {
        this.proofs = proofs;
    }

    @Override
    public Mono<Boolean> useUp(String tenantId, String customerId, SavedCardId cardId, PaymentId paymentId,
            Instant now) {
        return proofs.useUp(tenantId, customerId, cardId.value(), paymentId.value(), now);
    }
}
