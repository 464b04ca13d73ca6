package com.secutix.payments.gateway.cardentry.application;

/**
 * The PSP's signed redirect for a saved card's details update did not say the alias was updated (STATUS 2): the
 * card entry is used up and the saved card is left as it was.
 */
public class SavedCardNotUpdatedException extends RuntimeException {

    public SavedCardNotUpdatedException() {
        super("The PSP did not confirm an update of the saved card's details: nothing was changed. Start a new card"
                + " entry for the saved card.");
    }
}
