package com.secutix.payments.benchmarks.payment;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.secutix.payments.benchmarks.load.Answer;
import com.secutix.payments.benchmarks.load.Target;

/**
 * P-pay-bo: a payment at the counter through checkout-bff's box-office API ({@code POST /box-office/payments}), a
 * saved card named by its id, as a box-office terminal makes it: the terminal's own token (relayed by the BFF to
 * the gateway), a unique Idempotency-Key and order reference per request, the buyers taking turns. The demo
 * tenant's policy asks no security code at the box office, so the answer is 201 CAPTURED.
 */
public final class BoxOfficeTarget implements Target {

    private static final URI PAYMENTS = URI.create(SalesSystem.CHECKOUT + "/box-office/payments");
    private static final String BODY = """
            {"orderReference":"COUNTER-%s-%d","customerId":"%s","amount":"82.50","currency":"EUR","cardId":"%s"}""";

    private final String terminalToken;
    private final List<SavedCardOfBuyer> cards;
    private final String run;
    private final AtomicLong sent = new AtomicLong();

    public BoxOfficeTarget(String terminalToken, List<SavedCardOfBuyer> cards, String run) {
        this.terminalToken = terminalToken;
        this.cards = List.copyOf(cards);
        this.run = run;
    }

    @Override
    public String name() {
        return "P-pay-bo";
    }

    @Override
    public HttpRequest request(long index) {
        long sequence = sent.incrementAndGet();
        SavedCardOfBuyer card = cards.get((int) (sequence % cards.size()));
        return HttpRequest.newBuilder(PAYMENTS).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + terminalToken)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-bo-" + run + "-" + sequence)
                .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(run, sequence, card.customerId(), card.cardId()))).build();
    }

    @Override
    public String problemWith(Answer answer) {
        return answer.status() == 201 && answer.body().contains("\"state\":\"CAPTURED\"") ? null
                : "status " + answer.status() + ": " + answer.body();
    }
}
