package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.payment.application.CompleteIdentification.Challenge;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** A small, plain page standing for the issuer's 3-D Secure screen. */
final class ChallengePage {

    private ChallengePage() {
    }

    static String of(Challenge challenge) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>3-D Secure - PSP simulator</title>
                <style>
                  body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
                  main { max-width: 26rem; margin: 4rem auto; background: #fff; border-radius: 8px;
                         padding: 2rem; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
                  h1 { font-size: 1.25rem; margin-top: 0; }
                  dl { display: grid; grid-template-columns: auto 1fr; gap: .4rem 1rem; }
                  dt { color: #666; }
                  dd { margin: 0; }
                  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
                  button { flex: 1; padding: .7rem; border: 0; border-radius: 4px; font-size: 1rem; cursor: pointer; }
                  .authenticate { background: #1f6feb; color: #fff; }
                  .fail { background: #e5e7eb; color: #111; }
                  .note { color: #666; font-size: .85rem; margin-top: 1.5rem; }
                </style>
                </head>
                <body>
                <main>
                  <h1>Confirm this payment</h1>
                  <dl>
                    <dt>Merchant</dt><dd>%s</dd>
                    <dt>Order</dt><dd>%s</dd>
                    <dt>Amount</dt><dd>%s %s</dd>
                    <dt>Card</dt><dd>%s %s</dd>
                  </dl>
                  <form method="post" action="challenge/complete">
                    <input type="hidden" name="token" value="%s">
                    <div class="actions">
                      <button class="authenticate" type="submit" name="outcome" value="authenticate">Authenticate</button>
                      <button class="fail" type="submit" name="outcome" value="fail">Fail</button>
                    </div>
                  </form>
                  <p class="note">PSP simulator: no bank is contacted.</p>
                </main>
                </body>
                </html>
                """.formatted(htmlEscape(challenge.pspid()), htmlEscape(challenge.orderId()),
                htmlEscape(challenge.amount()), htmlEscape(challenge.currency()), htmlEscape(challenge.brand()),
                htmlEscape(challenge.maskedCardNumber()), htmlEscape(challenge.token()));
    }
}
