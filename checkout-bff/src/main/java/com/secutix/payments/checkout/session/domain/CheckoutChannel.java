package com.secutix.payments.checkout.session.domain;

/**
 * Where the buyer pays a checkout: on the web or in the app ({@code MOBILE}, the page in the app's web view). The
 * sales system says which when it opens the session, as it does when it pays at the gateway itself; the payment,
 * its card policy's CVV rule and a card saved with it carry that channel. The call centre and the box office never
 * pay through a checkout session: they have their own doors, whose channel follows the caller's role.
 */
public enum CheckoutChannel {
    WEB, MOBILE
}
