package com.secutix.payments.checkout.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PaymentChoiceFormTest {

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void the_entered_card_with_save_on_is_a_choice_to_save_it() {
        assertThat(PaymentActionsController.choiceOf(form("card", "entered", "save", "on")))
                .contains(new PaymentChoice.EnteredCardChoice(true));
        assertThat(PaymentActionsController.choiceOf(form("card", "entered")))
                .contains(new PaymentChoice.EnteredCardChoice(false));
    }

    @Test
    void a_saved_card_is_chosen_by_its_id_only() {
        assertThat(PaymentActionsController.choiceOf(form("card", "8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a")))
                .contains(new PaymentChoice.SavedCardChoice("8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a"));
        assertThat(PaymentActionsController.choiceOf(form("card", "ALIAS-OF-SOMEONE"))).isEmpty();
    }

    @Test
    void a_card_or_a_save_answer_given_twice_is_no_choice() {
        assertThat(PaymentActionsController.choiceOf(form("card", "entered", "card",
                "8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a"))).isEmpty();
        assertThat(PaymentActionsController.choiceOf(form("card", "entered", "save", "on", "save", "off"))).isEmpty();
        assertThat(PaymentActionsController.choiceOf(form())).isEmpty();
    }
}
