package com.caresupport.gateway.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat the gateway created or saw, by Linq's chat id. */
@Entity
@Table(name = "chat")
public class ChatRecord extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "from_phone")
    public String fromPhone;

    /** The other participants' handles, comma-separated. */
    public String participants;

    public String service;

    @Column(name = "is_group")
    public boolean group;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    /** Records a chat seen in inbound traffic, so later sends to it know who is in it. */
    public static void remember(String chatId, String participant, boolean group, String service, Instant at) {
        ChatRecord chat = findById(chatId);
        if (chat == null) {
            chat = new ChatRecord();
            chat.id = chatId;
            chat.participants = participant == null ? "" : participant;
            chat.group = group;
            chat.service = service;
            chat.createdAt = at;
            chat.lastActivityAt = at;
            chat.persist();
        } else {
            if (participant != null && !java.util.List.of(chat.participants.split(",")).contains(participant)) {
                chat.participants = chat.participants.isEmpty() ? participant : chat.participants + "," + participant;
            }
            chat.lastActivityAt = at;
        }
    }

    /** The participants the gateway knows of for {@code chatId}; empty when it never saw the chat. */
    public static java.util.List<String> participantsOf(String chatId) {
        ChatRecord chat = findById(chatId);
        return chat == null || chat.participants.isBlank() ? java.util.List.of()
                : java.util.List.of(chat.participants.split(","));
    }
}
