package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code GET /v3/contact_card}: the cards of the account's lines (one line's with {@code ?phone_number=}). */
public record ContactCards(List<ContactCard> contactCards) {
}
