package com.secutix.payments.benchmarks.payment;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.secutix.payments.benchmarks.load.Answer;
import com.secutix.payments.benchmarks.load.Target;

/**
 * P-pay: a saved-card web payment at the gateway's {@code POST /payments} as the sales system makes it,
 * a unique Idempotency-Key and order reference per request, the buyers taking turns, {@code saveCard} so that the card vault has
 * an effect for every payment. The test card needs no 3-D Secure challenge, so the answer is 201 CAPTURED.
 */
public final class PaymentTarget implements Target {

    private static final URI PAYMENTS = URI.create(SalesSystem.GATEWAY + "/payments");
    private static final String BODY = """
            {"alias":"%s","amount":"82.50","currency":"EUR","orderReference":"BENCH-%s-%d","customerId":"%s",\
            "channel":"WEB","saveCard":true,"threeDSecure":{"acceptUrl":"http://localhost:8080/checkout/3ds/accepted",\
            "declineUrl":"http://localhost:8080/checkout/3ds/declined","exceptionUrl":"http://localhost:8080/checkout/3ds/error",\
            "browser":{"acceptHeader":"text/html","userAgent":"Mozilla/5.0 (X11; Linux x86_64)","language":"fr-CH",\
            "colorDepth":24,"javaEnabled":false,"screenHeight":1080,"screenWidth":1920,"timeZoneOffsetMinutes":-60}}}""";

    private final String token;
    private final List<Buyer> buyers;
    private final String run;
    private final AtomicLong sent = new AtomicLong();

    /** {@code run} tells this target's requests from another's (each step starts its indexes at 0). */
    public PaymentTarget(String token, List<Buyer> buyers, String run) {
        this.token = token;
        this.buyers = List.copyOf(buyers);
        this.run = run;
    }

    @Override
    public String name() {
        return "P-pay";
    }

    @Override
    public HttpRequest request(long index) {
        long sequence = sent.incrementAndGet(); // unique over every step, where indexes restart at 0
        Buyer buyer = buyers.get((int) (sequence % buyers.size()));
        return HttpRequest.newBuilder(PAYMENTS).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + run + "-" + sequence)
                .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(buyer.alias(), run, sequence, buyer.customerId()))).build();
    }

    @Override
    public String problemWith(Answer answer) {
        return answer.status() == 201 && answer.body().contains("\"state\":\"CAPTURED\"") ? null
                : "status " + answer.status() + ": " + answer.body();
    }
}
