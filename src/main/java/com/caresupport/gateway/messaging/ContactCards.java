package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.ContactCard;
import com.caresupport.gateway.linq.wire.ContactCardRequest;
import com.caresupport.gateway.messaging.validation.E164;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The lines' contact cards. Setting one up reaches nobody; sharing it in a chat does, and goes through
 * {@link MessagingService#shareContactCard} and its opt-out guard.
 */
@ApplicationScoped
public class ContactCards {

    private final LinqClient linq;

    ContactCards(LinqClient linq) {
        this.linq = linq;
    }

    public ContactCardView create(@NotNull @Valid ContactCardSpec spec) {
        return view(List.of(linq.createContactCard(new ContactCardRequest(spec.phoneNumber(), spec.firstName(),
                spec.lastName(), spec.imageUrl()))));
    }

    /** Every line's card, or only {@code phoneNumber}'s. */
    public ContactCardView list(@E164 String phoneNumber) {
        List<ContactCard> cards = linq.getContactCards(phoneNumber).contactCards();
        return view(cards == null ? List.of() : cards);
    }

    public ContactCardView update(@NotBlank @E164 String phoneNumber, @NotNull @Valid ContactCardChange change) {
        return view(List.of(linq.updateContactCard(phoneNumber,
                new ContactCardRequest(null, change.firstName(), change.lastName(), change.imageUrl()))));
    }

    private static ContactCardView view(List<ContactCard> cards) {
        return new ContactCardView(true, cards.stream().map(c -> new ContactCardView.Card(c.phoneNumber(),
                c.firstName(), c.lastName(), c.imageUrl(), Boolean.TRUE.equals(c.isActive()))).toList());
    }
}
