package com.secutix.payments.cardvault.card.domain;

/** The card brand as the PSP names it (e.g. {@code VISA}, {@code MasterCard}, {@code American Express}). */
public record CardBrand(String name) {

    private static final int MAX_LENGTH = 40;

    public CardBrand {
        name = Text.required(name, "card brand");
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("card brand is longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
