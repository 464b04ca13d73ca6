package com.secutix.payments.gateway.savedcard.application;

/** What one vault event of {@code payments.card.v1} asks the gateway to keep, named by the event's id. */
public sealed interface CardEventCommand permits KeepSavedCardCommand, KeepCardPolicyCommand,
        UpdateSavedCardCommand, ForgetSavedCardCommand {

    /** The id of the event that told it, so a redelivered event keeps nothing twice. */
    String eventId();
}
